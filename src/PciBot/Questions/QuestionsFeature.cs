namespace PciBot.Questions;

internal static class QuestionsFeature
{
    public static IHostApplicationBuilder AddQuestions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<QuestionAnswers>();
        builder.Services.AddScoped<QuestionPages>();
        return builder;
    }
}
