using Microsoft.Extensions.DependencyInjection.Extensions;
using PciBot.Audience;
using PciBot.Messaging;
using PciBot.Outbox;
using PciBot.Reminders;

namespace PciBot.Digests;

internal static class DigestsFeature
{
    public static IHostApplicationBuilder AddDigests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DigestBuilder>();
        builder.Services.TryAddScoped<Readiness>();
        foreach (var report in (OutboxKind[])[ReminderKinds.Digest, ReminderKinds.Rollup, ReminderKinds.YearEnd])
        {
            builder.Services.AddOutboxKind<OfficeCards>(report);
        }

        builder.Services.AddOutboxKind<TaskReminderRenderer>(Nudges.Kind);
        builder.Services.AddScoped<Nudges>();
        builder.Services.AddScoped<OfficeActions>();
        builder.Services.AddChatCommands<OfficeGrammar, OfficeActions>();
        builder.Services.AddHelpTopics(texts => texts.Digests.Help);
        builder.Services.AddCardActions<OfficeActions>(OfficeVerbs.Prefix);
        return builder;
    }
}
