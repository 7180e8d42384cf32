using Microsoft.Extensions.DependencyInjection.Extensions;
using PciBot.Audience;
using PciBot.Exports;
using PciBot.People;
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
        builder.Services.AddScoped<PeopleFinder>();
        builder.Services.TryAddScoped<Readiness>();
        builder.Services.AddScoped<RosterImporter>();
        builder.Services.AddScoped<RosterCommands>();
        builder.Services.AddChatCommands<RosterGrammar, RosterCommands>();
        builder.Services.AddHelpTopics(texts => texts.Roster.Help);
        builder.Services.AddCardActions<RosterCardActions>(RosterVerbs.Prefix);
        builder.Services.AddSheetDownload<ReadinessWorkbook>();
        builder.Services.AddSheetDownload<RosterTemplate>();
        return builder;
    }
}
