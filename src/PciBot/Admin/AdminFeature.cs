using PciBot.Messaging;

namespace PciBot.Admin;

internal static class AdminFeature
{
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ScheduleAdmin>();
        builder.Services.AddScoped<HolidayAdmin>();
        builder.Services.AddScoped<PlanImporter>();
        builder.Services.AddScoped<PlanAdmin>();
        builder.Services.AddScoped<AdminActions>();
        builder.Services.AddScoped<AdminCommands>();
        builder.Services.AddChatCommands<PlanFileGrammar, AdminCommands>(ChatPrecedence.First);
        builder.Services.AddChatCommands<AdminGrammar, AdminCommands>();
        builder.Services.AddHelpTopics(texts => texts.Admin.Help);
        builder.Services.AddCardActions<AdminCardActions>(AdminActionRequest.Prefix);
        return builder;
    }
}
