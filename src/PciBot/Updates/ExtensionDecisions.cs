using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.Audience;
using PciBot.Audit;
using PciBot.BotFramework.Cards;
using PciBot.Data;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Schedules;
using Quartz;

namespace PciBot.Updates;

/// <summary>
/// The Office's Approve and Decline on a request for more time. Only Office staff and admins decide, and a request is
/// decided once: the decision is written only while the request is pending, in one transaction with its audit row and
/// the message that tells the person who asked. An approval moves the line's cut-off (<see cref="GrantedCutOffs"/>), so
/// the schedules' triggers are brought in step with the reminders that now follow it.
/// </summary>
internal sealed class ExtensionDecisions(
    PciBotDbContext db,
    Askers askers,
    ExtensionRequestViews views,
    OutboxQueue outbox,
    AuditLog audit,
    ScheduleSynchronizer synchronizer,
    ISchedulerFactory schedulers,
    TimeProvider time,
    ILogger<ExtensionDecisions> logger)
{
    public const string ScheduleKey = "extension";

    /// <summary>The audit actions of a decision; stored, never renamed.</summary>
    public const string ApproveAction = "extension.approve";

    public const string DeclineAction = "extension.decline";

    /// <summary>The decision, to the person who asked. Payload: an <see cref="ExtensionDecisionNotice"/>.</summary>
    public static readonly OutboxKind Kind = new("extension-decision");

    // Vietnamese kept readable in the audit table; nulls written, so a field that gains a value shows as changed.
    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<CardActionAnswer> HandleAsync(ExtensionActionRequest action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var texts = BotTexts.For(action.Locale);
        var view = action.RequestId is { } requestId ? await views.LoadAsync(requestId, ct) : null;
        var person = await askers.FindAsync(action.AadObjectId, ct);
        if (!person.IsOfficeOrAdmin)
        {
            UpdatesLog.DecisionRefused(logger, action.Verb, action.RequestId, action.AadObjectId, "not Office staff or admin");
            return new CardActionAnswer(ExtensionRequestCard.Refused(texts, view?.Task));
        }

        if (view is null)
        {
            UpdatesLog.DecisionRefused(logger, action.Verb, action.RequestId, action.AadObjectId, "the card names no request");
            return new CardActionAnswer(ExtensionRequestCard.Gone(texts, null));
        }

        if (view.Request.Status != ExtensionStatus.Pending)
        {
            return AlreadyDecided(view, texts);
        }

        if (view.Line is not { } line)
        {
            UpdatesLog.DecisionRefused(logger, action.Verb, action.RequestId, action.AadObjectId, "the task has left the current plan");
            return new CardActionAnswer(ExtensionRequestCard.Gone(texts, view.Task));
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var decision = action.Verb == ExtensionVerbs.Approve
            ? CheckApproval(action.GrantUntil, view.NotBefore, texts, errors)
            : CheckDecline(action.DeclineReason, texts, errors);
        if (decision is null)
        {
            return new CardActionAnswer(ExtensionRequestCard.Build(view, texts, (action.GrantUntil, action.DeclineReason), errors), InPlace: true);
        }

        if (!await DecideAsync(view.Request, line, person!, decision.Value, ct))
        {
            return AlreadyDecided(await views.LoadAsync(view.Request.Id, ct) ?? view, texts);
        }

        UpdatesLog.Decided(logger, view.Request.Id, decision.Value.Status, line.Task.Id, line.Unit.Id, decision.Value.Until, person!.Id);
        if (decision.Value.Status == ExtensionStatus.Approved)
        {
            // The reminders of the line now fall around its new cut-off, which may come before a schedule's next trigger.
            await synchronizer.SyncAllAsync(await schedulers.GetScheduler(ct), ct);
        }

        var decided = ExtensionRequestCard.Build((await views.LoadAsync(view.Request.Id, ct))!, texts);
        return new CardActionAnswer(decided, ForEveryone: decided, InPlace: true);
    }

    private static CardActionAnswer AlreadyDecided(ExtensionRequestView view, BotTexts texts) =>
        new(ExtensionRequestCard.Build(view, texts, banner: (texts.Updates.AlreadyDecided, TextColor.Warning)), InPlace: true);

    private static (ExtensionStatus Status, DateOnly? Until, string? Reason)? CheckApproval(string? entered, DateOnly notBefore, BotTexts texts, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(entered)
            || !DateOnly.TryParseExact(entered.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
        {
            errors[ExtensionFields.GrantUntil] = texts.Updates.GrantedDateRequired;
            return null;
        }

        if (until < notBefore)
        {
            errors[ExtensionFields.GrantUntil] = texts.Updates.GrantedDateTooEarly(notBefore);
            return null;
        }

        return (ExtensionStatus.Approved, until, null);
    }

    private static (ExtensionStatus Status, DateOnly? Until, string? Reason)? CheckDecline(string? entered, BotTexts texts, Dictionary<string, string> errors)
    {
        var reason = string.IsNullOrWhiteSpace(entered) ? null : entered.Trim().ReplaceLineEndings("\n");
        if (reason is null)
        {
            errors[ExtensionFields.DeclineReason] = texts.Updates.DeclineReasonRequired;
            return null;
        }

        if (reason.Length > ProgressFields.MaxTextLength)
        {
            errors[ExtensionFields.DeclineReason] = texts.Updates.TooLong(ProgressFields.MaxTextLength);
            return null;
        }

        return (ExtensionStatus.Declined, null, reason);
    }

    /// <summary>
    /// Writes the decision if the request is still pending, with its audit row and the message to the person who asked;
    /// false when someone decided first (a second press, another Office person), and then nothing is written.
    /// </summary>
    private async Task<bool> DecideAsync(
        ExtensionRequest request, ReportLine line, Person person, (ExtensionStatus Status, DateOnly? Until, string? Reason) decision, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var decided = await db.ExtensionRequests
            .Where(r => r.Id == request.Id && r.Status == ExtensionStatus.Pending)
            .ExecuteUpdateAsync(
                r => r.SetProperty(x => x.Status, decision.Status)
                    .SetProperty(x => x.DecidedByPersonId, person.Id)
                    .SetProperty(x => x.DecidedAt, now)
                    .SetProperty(x => x.GrantedUntil, decision.Until)
                    .SetProperty(x => x.DeclineReason, decision.Reason),
                ct);
        if (decided == 0)
        {
            return false;
        }

        // Snapshots of the fields the decision changes, which the audit list shows as "field: before → after".
        var subject = string.Create(CultureInfo.InvariantCulture, $"{line.Task.Key} / {line.Unit.Code} / {line.PeriodKey} (request {request.Id})");
        var (action, before, after) = decision.Until is { } until
            ? (ApproveAction, Snapshot(new { cutOff = BotTexts.Date(line.CutOff) }), Snapshot(new { cutOff = BotTexts.Date(until) }))
            : (DeclineAction, Snapshot(new { declineReason = (string?)null }), Snapshot(new { declineReason = decision.Reason }));
        audit.Record(new AuditActor(person.AadObjectId, person.Name), action, subject, before, after);

        var periodKey = string.Create(CultureInfo.InvariantCulture, $"extension/r{request.Id}");
        var payload = JsonSerializer.Serialize(new ExtensionDecisionNotice(request.Id));
        var told = OfficeNotices.Row(Kind, ScheduleKey, periodKey, OutboxRecipient.Person(request.PersonId), "decision", (line.PeriodKey, decision.Until ?? line.CutOff), payload);
        if (await outbox.QueueAsync([told], ct) is null)
        {
            throw new InvalidOperationException($"The decision on request {request.Id} was queued by another writer although this one decided it.");
        }

        await transaction.CommitAsync(ct);
        return true;
    }

    private static string Snapshot(object fields) => JsonSerializer.Serialize(fields, AuditJson);
}
