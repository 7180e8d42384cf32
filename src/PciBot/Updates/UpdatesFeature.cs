using PciBot.Messaging;
using PciBot.Outbox;

namespace PciBot.Updates;

internal static class UpdatesFeature
{
    public static IHostApplicationBuilder AddUpdates(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<UpdatesOptions>()
            .BindConfiguration(UpdatesOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<ReportLines>();
        builder.Services.AddScoped<UpdateAccess>();
        builder.Services.AddScoped<ProgressLedger>();
        builder.Services.AddScoped<ProgressCards>();
        builder.Services.AddScoped<SnoozeTimes>();
        builder.Services.AddScoped<Snoozes>();
        builder.Services.AddScoped<GrantedCutOffs>();
        builder.Services.AddScoped<ExtensionRequests>();
        builder.Services.AddScoped<ExtensionRequestViews>();
        builder.Services.AddScoped<ExtensionDecisions>();
        builder.Services.AddOutboxKind<ExtensionNoticeCard>(ExtensionRequests.Kind);
        builder.Services.AddOutboxKind<ExtensionDecisionCard>(ExtensionDecisions.Kind);
        builder.Services.AddScoped<ProgressActions>();
        builder.Services.AddScoped<ProgressCommands>();
        builder.Services.AddChatCommands<ProgressGrammar, ProgressCommands>();
        builder.Services.AddHelpTopics(texts => texts.Updates.Help);
        builder.Services.AddCardActions<ProgressCardActions>(ProgressVerbs.Prefix);
        builder.Services.AddCardActions<ExtensionCardActions>(ExtensionVerbs.Prefix);
        return builder;
    }
}
