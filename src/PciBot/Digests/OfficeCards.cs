using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Exports;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Reminders;
using PciBot.Rollups;
using PciBot.Schedules;

namespace PciBot.Digests;

/// <summary>
/// Renders the Office's scheduled notices at send time, from the data as it is then: the digest, the quarter's
/// rollup, and the year's rollup with the draft report. A notice sent to one person of the Office carries download
/// links signed for them; one sent to the channel has buttons that give each person who presses their own.
/// </summary>
internal sealed class OfficeCards(PciBotDbContext db, DigestBuilder digests, RollupBuilder rollups, ExportLinks links, OfficeNoticeRenderer notices, TimeProvider time)
    : IOutboxRenderer
{
    /// <summary>The card; with no plan to report on, the plain notice the reminder schedules send instead.</summary>
    public async Task<AdaptiveCard> RenderAsync(OutboxMessage message, BotTexts texts, OutboxRound round, CancellationToken ct) =>
        await BuildAsync(message, texts, ct) ?? await notices.RenderAsync(message, texts, round, ct);

    private async Task<AdaptiveCard?> BuildAsync(OutboxMessage message, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(texts);
        var today = VietnamTime.Today(time);
        if (message.Kind == ReminderKinds.YearEnd)
        {
            var year = (message.CutOff ?? today).Year;
            return await RollupAsync(ReportingPeriods.Of(PeriodKind.Quarter, year, 4), $"year-{year}", message, texts, ct);
        }

        if (!ReportingPeriods.TryParse(message.ReportPeriodKey, out var quarter) || quarter.Kind != PeriodKind.Quarter)
        {
            return null;
        }

        if (message.Kind == ReminderKinds.Rollup)
        {
            return await RollupAsync(quarter, $"rollup-{quarter.Key}", message, texts, ct);
        }

        var since = await digests.SinceAsync(quarter, message.PeriodKey, message.CreatedAt, ct);
        var digest = await digests.BuildAsync(quarter, since, ct);
        return digest is null ? null : DigestCard.Build(digest, message.Id, texts);
    }

    private async Task<AdaptiveCard?> RollupAsync(ReportingPeriod quarter, string report, OutboxMessage message, BotTexts texts, CancellationToken ct)
    {
        var rollup = await rollups.BuildAsync(quarter, ct);
        if (rollup is null)
        {
            return null;
        }

        var person = message.PersonId is { } id ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) : null;
        var actions = person.IsOfficeOrAdmin ? ExportLinksCard.Actions(links, report, person!, texts) : null;
        var (title, intro) = message.Kind == ReminderKinds.YearEnd
            ? (texts.Schedules.YearEndTitle(quarter.Year), texts.Schedules.YearEndIntro(rollup.ReportTo, message.CutOff ?? quarter.End))
            : (texts.Schedules.RollupTitle(texts.Calendar.PeriodLabel(quarter)), texts.Schedules.RollupIntro(rollup.Tasks.Count(), quarter.End));
        return RollupCard.Build(rollup, title, intro, report, texts, actions);
    }
}
