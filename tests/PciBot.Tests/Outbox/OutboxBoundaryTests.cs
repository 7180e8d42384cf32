using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Digests;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Outbox;

/// <summary>The outbox engine knows the features only through the kinds and renderers they register.</summary>
public sealed partial class OutboxBoundaryTests
{
    /// <summary>The folders that queue rows and render them, and those above them.</summary>
    private static readonly string[] Features = ["Reminders", "Updates", "Digests", "Questions", "Admin", "Exports", "Status", "Rollups", "Registry", "Chat", "Messaging"];

    [Fact]
    public void TheOutboxEngineNamesNoFeature()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "PciBot", "Outbox");
        var named = Directory.GetFiles(folder, "*.cs")
            .SelectMany(file => Namespaces().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Namespace: m.Groups[1].Value)))
            .Where(x => Features.Contains(x.Namespace))
            .Select(x => $"{x.File} names PciBot.{x.Namespace}")
            .ToList();

        Assert.NotEmpty(Directory.GetFiles(folder, "*.cs"));
        Assert.Empty(named);
    }

    [Fact]
    public async Task EveryKindTheFeaturesQueueHasItsRenderer()
    {
        await using var app = PciBotApp.Create();
        await using var scope = app.Scope();
        var renderers = scope.ServiceProvider.GetRequiredService<OutboxRenderers>();
        OutboxKind[] queued =
        [
            ReminderKinds.Lines, ReminderKinds.Reminder, ReminderKinds.Escalation, ReminderKinds.Unassigned, ReminderKinds.Dialogue, ReminderKinds.Rollup,
            ReminderKinds.YearEnd, ReminderKinds.Digest, ReminderKinds.Unreachable, ReminderKinds.Unconfirmed, ReminderKinds.Notice,
            Snoozes.LinesKind, Snoozes.Kind, ExtensionRequests.Kind, ExtensionDecisions.Kind, Nudges.Kind,
        ];

        Assert.All(queued, kind => Assert.True(renderers.Knows(kind), $"No renderer for {kind}"));
        Assert.False(renderers.Knows(new OutboxKind("no-such-kind")));
    }

    [GeneratedRegex(@"\bPciBot\.([A-Z][A-Za-z]*)")]
    private static partial Regex Namespaces();
}
