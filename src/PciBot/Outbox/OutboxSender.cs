using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Reminders;

namespace PciBot.Outbox;

/// <summary>
/// Sends claimed outbox messages, one recipient's at a time, and records each outcome: sent (with the Teams activity
/// id), retry later, unreachable (the Office is told once per person), failed for good, or unconfirmed when a post
/// went out and its answer never came.
/// </summary>
/// <remarks>
/// A message is posted at most once. Before the post the row is marked with the conversation it goes to, under a
/// lease longer than the call can take; a row found with that mark and no outcome (its dispatcher stopped or died
/// mid-post) is never posted again. Teams has no idempotency key, so a post whose fate is unknown is left for the
/// follow-up reminder rather than risk a second card.
/// </remarks>
internal sealed class OutboxSender(
    PciBotDbContext db,
    RecipientResolver recipients,
    ReminderMessages messages,
    IConnectorClient connector,
    SendRateLimiter limiter,
    OutboxWriter writer,
    StoredConversations storedConversations,
    RateLimitClock wallClock,
    DispatchSignal signal,
    IOptions<DispatchOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger)
{
    /// <summary>
    /// Sends <paramref name="rows"/>, all for one recipient, in order. Stops early when <paramref name="stopping"/> is
    /// signalled (what is left stays claimed for the dispatcher to release); when Teams throttles the conversation the
    /// rest waits until it may be written to again.
    /// </summary>
    public async Task SendAllAsync(IReadOnlyList<OutboxMessage> rows, DispatchBatch batch, CancellationToken stopping, CancellationToken abandon)
    {
        for (var i = 0; i < rows.Count && !stopping.IsCancellationRequested; i++)
        {
            var heldUntil = await SendAsync(rows[i], batch, abandon);
            if (rows[i].Status == OutboxStatus.Unreachable)
            {
                // The rest were settled with it, without a call each.
                return;
            }

            if (heldUntil is { } until && i + 1 < rows.Count)
            {
                await DeferAsync(rows.Skip(i + 1).Select(r => r.Id).ToList(), batch.Claim, until);
                return;
            }
        }
    }

    /// <summary>
    /// Sends one claimed message (a copy read at claim time, changed here and written back with its outcome); returns
    /// until when its conversation is held after a throttling answer, if it was.
    /// </summary>
    public async Task<DateTimeOffset?> SendAsync(OutboxMessage message, DispatchBatch batch, CancellationToken ct)
    {
        message.Attempts++;
        DeliveryTarget? target = null;
        DateTimeOffset? heldUntil = null;
        var posting = false;
        try
        {
            if (!batch.Targets.TryGetValue(message.RecipientKey, out target))
            {
                // Not known when the batch was read: opening a chat is a call to Teams too, so make sure first that the
                // row was not settled meanwhile (another of the recipient's rows found them unreachable).
                if (!await db.Outbox.AnyAsync(o => o.Id == message.Id && o.ClaimedBy == batch.Claim && o.Status == OutboxStatus.Pending, ct))
                {
                    return null;
                }

                target = await recipients.ResolveAsync(message, ct);
            }

            var activity = await messages.BuildAsync(message, target.Locale, batch.Cards, ct);
            using (await limiter.TakeTurnAsync(target.ConversationId, ct))
            {
                if (!await MarkPostingAsync(message, batch.Claim, target))
                {
                    // The row is no longer this dispatcher's (its lease ran out, or it was settled meanwhile).
                    return null;
                }

                posting = true;
                ResourceResponse response;
                try
                {
                    response = await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, activity, ct);
                }
                catch (ConnectorException e) when (e.IsTransient && e.RetryAfter is { } wait)
                {
                    // Held before the turn is given up: another row for this conversation may be waiting for it.
                    limiter.Hold(target.ConversationId, wallClock.Time.GetUtcNow() + wait);
                    throw;
                }

                message.Status = OutboxStatus.Sent;
                message.SentAt = time.GetUtcNow();
                message.ActivityId = response.Id;
                message.LastError = null;
                RemindersLog.Sent(logger, message.Id, message.Subject, message.Attempts);
            }
        }
        catch (UnreachableException e)
        {
            MarkUnreachable(message, e.Message);
        }
        catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            MarkUnreachable(message, $"{(int)e.StatusCode} {e.ErrorCode}".Trim());
        }
        catch (ConnectorException e) when (e.IsTransient)
        {
            // Teams refused it for now (429, 412, 503), or a gateway failed (502, 504): posted again later, as the
            // Teams documentation asks. After a 502 or 504 the message may in fact have arrived, so a card can come
            // twice in that case; the connector client retries those itself for the same reason.
            if (e.RetryAfter is { } retryAfter)
            {
                // The rest of the recipient's rows wait too. The conversation was held where the post failed, and the
                // resolver holds the member itself when opening the chat was throttled.
                heldUntil = wallClock.Time.GetUtcNow() + retryAfter;
            }

            Retry(message, $"{(int)e.StatusCode} {e.ErrorCode}".Trim(), e.RetryAfter);
        }
        catch (ConnectorException e)
        {
            Fail(message, $"{(int)e.StatusCode} {e.ErrorCode} {e.ErrorMessage}".Trim());
        }
        catch (HttpRequestException e) when (NeverSent(e))
        {
            Retry(message, e.Message, null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested && !posting)
        {
            // Abandoned at shutdown before anything was posted: it is sent after the next start.
            message.Attempts--;
            message.ConversationId = null;
            message.ClaimedUntil = null;
            message.LastError = "abandoned at shutdown";
        }
        catch (Exception e) when (posting)
        {
            // A timeout, a dropped connection, or a stop: the post went out and its answer never came.
            MarkUnconfirmed(message, e is OperationCanceledException && ct.IsCancellationRequested ? "abandoned at shutdown" : e.Message);
        }
        catch (Exception e)
        {
            // Nothing was posted: opening the chat, rendering the card or the database failed this time.
            RemindersLog.SendFailed(logger, message.Id, e);
            Retry(message, e.Message, null);
        }

        message.ClaimedBy = null;
        if (message.Status != OutboxStatus.Pending)
        {
            message.ClaimedUntil = null;
        }

        // The outcome is kept even when the host is stopping: a card that went out must not be sent again.
        if (await RecordAsync(message, batch.Claim))
        {
            await AfterOutcomeAsync(message, target);
        }

        return heldUntil;
    }

    /// <summary>
    /// Marks the row as being posted to <paramref name="target"/> and extends its lease past the longest call, if this
    /// dispatcher still holds it. From here on the row is never posted again unless an answer says Teams refused it.
    /// </summary>
    private async Task<bool> MarkPostingAsync(OutboxMessage message, string claim, DeliveryTarget target)
    {
        var (id, attempts, conversationId) = (message.Id, message.Attempts, target.ConversationId);
        DateTimeOffset? until = wallClock.Time.GetUtcNow() + options.Value.ClaimLease;
        var marked = await writer.WriteAsync(w => w.Outbox
            .Where(o => o.Id == id && o.ClaimedBy == claim && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(o => o.ConversationId, conversationId)
                .SetProperty(o => o.ClaimedUntil, until)
                .SetProperty(o => o.Attempts, attempts)));
        message.ConversationId = conversationId;
        message.ClaimedUntil = until;
        return marked == 1;
    }

    /// <summary>
    /// Writes the outcome. A card that went out is recorded whatever happened to the claim; any other outcome only while
    /// the row is still this dispatcher's, so it never overwrites what another one did with it.
    /// </summary>
    private async Task<bool> RecordAsync(OutboxMessage message, string claim)
    {
        var (id, status, attempts, sentAt, activityId, error, conversationId, until) =
            (message.Id, message.Status, message.Attempts, message.SentAt, message.ActivityId, message.LastError, message.ConversationId, message.ClaimedUntil);

        // Plain captured values only: EF compiles a delegate for every other expression it has to evaluate, on every call.
        var sent = status == OutboxStatus.Sent;
        string? released = null;
        var written = await writer.WriteAsync(w => w.Outbox
            .Where(o => o.Id == id && (sent || o.ClaimedBy == claim))
            .ExecuteUpdateAsync(set => set
                .SetProperty(o => o.Status, status)
                .SetProperty(o => o.Attempts, attempts)
                .SetProperty(o => o.SentAt, sentAt)
                .SetProperty(o => o.ActivityId, activityId)
                .SetProperty(o => o.LastError, error)
                .SetProperty(o => o.ConversationId, conversationId)
                .SetProperty(o => o.ClaimedBy, released)
                .SetProperty(o => o.ClaimedUntil, until)));
        return written == 1;
    }

    private async Task DeferAsync(List<long> ids, string claim, DateTimeOffset until)
    {
        string? released = null;
        DateTimeOffset? heldUntil = until;
        await writer.WriteAsync(w => w.Outbox
            .Where(o => ids.Contains(o.Id) && o.ClaimedBy == claim && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.ClaimedBy, released).SetProperty(o => o.ClaimedUntil, heldUntil)));
    }

    private void Retry(OutboxMessage message, string error, TimeSpan? retryAfter)
    {
        message.LastError = Truncate(error);
        message.ConversationId = null;
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            Fail(message, error);
            return;
        }

        // The wait is kept on the wall clock (the row is held until then), not in NextAttemptAt, which says when the
        // message became due by the business clock: Teams' Retry-After is real seconds whatever that clock says.
        var backoff = options.Value.RetryBaseDelay * Math.Pow(2, Math.Min(message.Attempts - 1, 10));
        var wait = retryAfter is { } after && after > backoff ? after : backoff;
        message.ClaimedUntil = wallClock.Time.GetUtcNow() + wait;
        RemindersLog.WillRetry(logger, message.Id, message.Attempts, wait, error);
    }

    private void Fail(OutboxMessage message, string error)
    {
        message.Status = OutboxStatus.Failed;
        message.LastError = Truncate(error);
        RemindersLog.Failed(logger, message.Id, message.Attempts, error);
    }

    private void MarkUnconfirmed(OutboxMessage message, string reason)
    {
        message.Status = OutboxStatus.Unconfirmed;
        message.LastError = Truncate($"no answer to the post: {reason}");
        RemindersLog.Unconfirmed(logger, message.Id, message.Subject, reason);
    }

    private void MarkUnreachable(OutboxMessage message, string reason)
    {
        message.Status = OutboxStatus.Unreachable;
        message.LastError = Truncate(reason);
        RemindersLog.Unreachable(logger, message.Id, reason);
    }

    /// <summary>What follows from an outcome: an unreachable conversation is noted, and the Office hears once about a person.</summary>
    private async Task AfterOutcomeAsync(OutboxMessage message, DeliveryTarget? target)
    {
        if (message.Status == OutboxStatus.Unconfirmed)
        {
            await TellOfficeUnconfirmedAsync(message);
            return;
        }

        if (message.Status is not (OutboxStatus.Unreachable or OutboxStatus.Failed))
        {
            return;
        }

        if (message.Status == OutboxStatus.Unreachable)
        {
            await SettleAsync(message, target);
        }

        if (message.PersonId is { } personId)
        {
            await TellOfficeAsync(personId, message.LastError ?? "", about: null);
        }
    }

    /// <summary>
    /// Tells the Office that a reminder may not have reached its person, once per person and reminder: it is not posted
    /// again, so that nobody gets it twice, and someone should check. Notices to the Office are not reported this way.
    /// </summary>
    public Task TellOfficeUnconfirmedAsync(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.PersonId is { } personId && message.ScheduleKey != OfficeNotices.ScheduleKey
            ? TellOfficeAsync(personId, message.LastError ?? "", about: message)
            : Task.CompletedTask;
    }

    /// <summary>
    /// Notes the conversation as unreachable until the person writes again, and settles the recipient's other due
    /// messages, which would be refused the same way, without a call each. Rows being posted elsewhere (marked with a
    /// conversation) are left to their outcome.
    /// </summary>
    private async Task SettleAsync(OutboxMessage message, DeliveryTarget? target)
    {
        var (id, kind, personId, recordId, reason) = (message.Id, message.RecipientKind, message.PersonId, message.ConversationRecordId, message.LastError);
        var conversationReason = reason is { Length: > 256 } ? reason[..256] : reason;
        var now = time.GetUtcNow();
        await writer.WriteAsync(async w =>
        {
            if (target is not null)
            {
                await w.Conversations.Where(c => c.Id == target.ConversationRecordId).ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.IsReachable, false)
                    .SetProperty(c => c.UnreachableReason, conversationReason));
            }

            var others = w.Outbox.Where(o => o.Id != id && o.Status == OutboxStatus.Pending && o.ConversationId == null && o.NextAttemptAt <= now);
            others = kind == RecipientKind.Person
                ? others.Where(o => o.RecipientKind == RecipientKind.Person && o.PersonId == personId)
                : others.Where(o => o.RecipientKind == RecipientKind.Conversation && o.ConversationRecordId == recordId);
            return await others.ExecuteUpdateAsync(set => set
                .SetProperty(o => o.Status, OutboxStatus.Unreachable)
                .SetProperty(o => o.LastError, reason)
                .SetProperty(o => o.ClaimedBy, (string?)null)
                .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null));
        });
        if (target is not null)
        {
            storedConversations.Forget(target.ConversationRecordId);
        }
    }

    /// <summary>
    /// Queues one notice per unreachable person (not per message), so a blocked bot never floods the Office; or, for a
    /// reminder whose post was not confirmed (<paramref name="about"/>), one per person and reminder.
    /// </summary>
    private async Task TellOfficeAsync(int personId, string reason, OutboxMessage? about)
    {
        var now = time.GetUtcNow();
        var name = await db.People.Where(p => p.Id == personId).Select(p => p.Name).SingleOrDefaultAsync() ?? "?";
        var office = await db.Conversations.Where(c => c.IsOfficeChannel && c.IsReachable).Select(c => (int?)c.Id).FirstOrDefaultAsync();
        List<(RecipientKind Kind, int Id, string Key)> recipients = office is { } channel
            ? [(RecipientKind.Conversation, channel, $"conversation:{channel}")]
            : (await db.People.Where(p => p.IsOfficeStaff && p.Id != personId).Select(p => p.Id).ToListAsync())
                .Select(id => (RecipientKind.Person, id, $"person:{id}")).ToList();
        var kind = about is null ? OfficeNotices.Unreachable : OfficeNotices.Unconfirmed;
        var subject = $"{kind}:{personId}";
        var periodKey = about is null ? kind : $"{kind}/{about.PeriodKey}";
        periodKey = periodKey.Length <= 64 ? periodKey : periodKey[..64];
        var keys = recipients.Select(r => r.Key).ToList();
        var known = await db.Outbox
            .Where(o => o.ScheduleKey == OfficeNotices.ScheduleKey && o.PeriodKey == periodKey && o.Subject == subject && keys.Contains(o.RecipientKey))
            .Select(o => o.RecipientKey)
            .ToListAsync();
        var notices = recipients.Where(r => !known.Contains(r.Key)).Select(r => new OutboxMessage
        {
            ScheduleKey = OfficeNotices.ScheduleKey,
            PeriodKey = periodKey,
            ReportPeriodKey = about?.ReportPeriodKey,
            CutOff = about?.CutOff,
            RecipientKind = r.Kind,
            RecipientKey = r.Key,
            PersonId = r.Kind == RecipientKind.Person ? r.Id : null,
            ConversationRecordId = r.Kind == RecipientKind.Conversation ? r.Id : null,
            Subject = subject,
            Stage = ReminderStage.OfficeNotice,
            Payload = name,
            LastError = Truncate(reason),
            CreatedAt = now,
            NextAttemptAt = now,
        }).ToList();
        if (notices.Count == 0)
        {
            return;
        }

        try
        {
            await writer.WriteAsync(async w =>
            {
                w.Outbox.AddRange(notices);
                return await w.SaveChangesAsync();
            });
            signal.Notify();
        }
        catch (DbUpdateException)
        {
            // Another dispatcher queued the same notice at the same moment; the unique index kept one.
        }
    }

    /// <summary>Whether the request surely never reached Teams: the connection itself could not be made.</summary>
    private static bool NeverSent(HttpRequestException e) => e.HttpRequestError is HttpRequestError.ConnectionError
        or HttpRequestError.NameResolutionError
        or HttpRequestError.SecureConnectionError
        or HttpRequestError.ProxyTunnelError;

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
