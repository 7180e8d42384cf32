using PciBot.Messaging;

namespace PciBot.Questions;

internal static class QuestionsFeature
{
    public static IHostApplicationBuilder AddQuestions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<QuestionAnswers>();
        builder.Services.AddChatCommands<QuestionGrammar, QuestionChat>(ChatPrecedence.Fallback);
        builder.Services.AddHelpTopics(texts => texts.Questions.Help);
        builder.Services.AddCardActions<QuestionPages>(QuestionVerbs.Prefix);
        return builder;
    }
}
