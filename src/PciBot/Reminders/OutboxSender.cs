using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;
using PciBot.Data;

namespace PciBot.Reminders;

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
    RateLimitClock wallClock,
    DispatchSignal signal,
    IOptions<DispatchOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SaveAttempts = 5;

    /// <summary>
    /// Sends <paramref name="ids"/>, all for one recipient, in order. Stops early when <paramref name="stopping"/> is
    /// signalled (what is left stays claimed for the dispatcher to release); when Teams throttles the conversation the
    /// rest waits until it may be written to again.
    /// </summary>
    public async Task SendAllAsync(IReadOnlyList<long> ids, string claim, CancellationToken stopping, CancellationToken abandon)
    {
        for (var i = 0; i < ids.Count && !stopping.IsCancellationRequested; i++)
        {
            if (await SendAsync(ids[i], claim, abandon) is { } heldUntil && i + 1 < ids.Count)
            {
                await DeferAsync(ids.Skip(i + 1).ToList(), claim, heldUntil);
                return;
            }
        }
    }

    /// <summary>Sends one claimed message; returns until when its conversation is held after a throttling answer, if it was.</summary>
    public async Task<DateTimeOffset?> SendAsync(long id, string claim, CancellationToken ct)
    {
        var message = await db.Outbox.SingleOrDefaultAsync(o => o.Id == id && o.ClaimedBy == claim && o.Status == OutboxStatus.Pending, ct);
        if (message is null)
        {
            return null;
        }

        message.Attempts++;
        DeliveryTarget? target = null;
        DateTimeOffset? heldUntil = null;
        var posting = false;
        try
        {
            target = await recipients.ResolveAsync(message, ct);
            var activity = await messages.BuildAsync(message, target.Locale, ct);
            using (await limiter.TakeTurnAsync(target.ConversationId, ct))
            {
                if (!await MarkPostingAsync(message, claim, target))
                {
                    // The lease ran out while waiting and another dispatcher took the row: it is theirs to send.
                    db.Entry(message).State = EntityState.Detached;
                    return null;
                }

                posting = true;
                var response = await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, activity, ct);
                message.Status = OutboxStatus.Sent;
                message.SentAt = time.GetUtcNow();
                message.ActivityId = response.Id;
                message.LastError = null;
                RemindersLog.Sent(logger, message.Id, message.Subject, message.Attempts);
            }
        }
        catch (UnreachableException e)
        {
            await MarkUnreachableAsync(message, target, e.Message);
        }
        catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            await MarkUnreachableAsync(message, target, $"{(int)e.StatusCode} {e.ErrorCode}".Trim());
        }
        catch (ConnectorException e) when (e.IsTransient)
        {
            // Teams refused it for now (429, 412, 503), or a gateway failed (502, 504): posted again later, as the
            // Teams documentation asks. After a 502 or 504 the message may in fact have arrived, so a card can come
            // twice in that case; the connector client retries those itself for the same reason.
            if (e.RetryAfter is { } retryAfter && target is not null)
            {
                heldUntil = wallClock.Time.GetUtcNow() + retryAfter;
                limiter.Hold(target.ConversationId, heldUntil.Value);
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
        await SaveAsync();
        await AfterOutcomeAsync(message);
        return heldUntil;
    }

    /// <summary>
    /// Marks the row as being posted to <paramref name="target"/> and extends its lease past the longest call, if this
    /// dispatcher still holds it. From here on the row is never posted again unless an answer says Teams refused it.
    /// </summary>
    private async Task<bool> MarkPostingAsync(OutboxMessage message, string claim, DeliveryTarget target)
    {
        var until = wallClock.Time.GetUtcNow() + options.Value.ClaimLease;
        var marked = await db.Outbox
            .Where(o => o.Id == message.Id && o.ClaimedBy == claim && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(
                set => set.SetProperty(o => o.ConversationId, target.ConversationId)
                    .SetProperty(o => o.ClaimedUntil, until)
                    .SetProperty(o => o.Attempts, message.Attempts),
                CancellationToken.None);
        // The tracked row must start from what the database now holds, or clearing the mark later would look like no change.
        var entry = db.Entry(message);
        entry.Property(o => o.ConversationId).OriginalValue = target.ConversationId;
        entry.Property(o => o.ClaimedUntil).OriginalValue = until;
        entry.Property(o => o.Attempts).OriginalValue = message.Attempts;
        message.ConversationId = target.ConversationId;
        message.ClaimedUntil = until;
        return marked == 1;
    }

    private async Task DeferAsync(List<long> ids, string claim, DateTimeOffset until)
    {
        await db.Outbox
            .Where(o => ids.Contains(o.Id) && o.ClaimedBy == claim && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.ClaimedBy, (string?)null).SetProperty(o => o.ClaimedUntil, until), CancellationToken.None);
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

    private async Task MarkUnreachableAsync(OutboxMessage message, DeliveryTarget? target, string reason)
    {
        message.Status = OutboxStatus.Unreachable;
        message.LastError = Truncate(reason);
        RemindersLog.Unreachable(logger, message.Id, reason);
        if (target is not null && await db.Conversations.FindAsync([target.ConversationRecordId], CancellationToken.None) is { } record)
        {
            record.IsReachable = false;
            record.UnreachableReason = Truncate(reason);
        }
    }

    /// <summary>What follows from an outcome: the Office hears once about a person the bot cannot reach.</summary>
    private async Task AfterOutcomeAsync(OutboxMessage message)
    {
        if (message.Status is not (OutboxStatus.Unreachable or OutboxStatus.Failed))
        {
            return;
        }

        if (message.Status == OutboxStatus.Unreachable)
        {
            await SettleOthersAsync(message);
        }

        if (message.PersonId is { } personId)
        {
            await TellOfficeAsync(personId, message.LastError ?? "");
        }
    }

    /// <summary>
    /// The recipient's other due messages would be refused the same way: they are settled now, without a call each.
    /// Rows being posted elsewhere (marked with a conversation) are left to their outcome.
    /// </summary>
    private async Task SettleOthersAsync(OutboxMessage message)
    {
        var now = time.GetUtcNow();
        var others = db.Outbox.Where(o => o.Id != message.Id && o.Status == OutboxStatus.Pending && o.ConversationId == null && o.NextAttemptAt <= now);
        others = message.RecipientKind == RecipientKind.Person
            ? others.Where(o => o.RecipientKind == RecipientKind.Person && o.PersonId == message.PersonId)
            : others.Where(o => o.RecipientKind == RecipientKind.Conversation && o.ConversationRecordId == message.ConversationRecordId);
        await others.ExecuteUpdateAsync(
            set => set.SetProperty(o => o.Status, OutboxStatus.Unreachable)
                .SetProperty(o => o.LastError, message.LastError)
                .SetProperty(o => o.ClaimedBy, (string?)null)
                .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null),
            CancellationToken.None);
    }

    /// <summary>Queues one notice per unreachable person (not per message), so a blocked bot never floods the Office.</summary>
    private async Task TellOfficeAsync(int personId, string reason)
    {
        var now = time.GetUtcNow();
        var name = await db.People.Where(p => p.Id == personId).Select(p => p.Name).SingleOrDefaultAsync() ?? "?";
        var office = await db.Conversations.Where(c => c.IsOfficeChannel && c.IsReachable).Select(c => (int?)c.Id).FirstOrDefaultAsync();
        List<(RecipientKind Kind, int Id, string Key)> recipients = office is { } channel
            ? [(RecipientKind.Conversation, channel, $"conversation:{channel}")]
            : (await db.People.Where(p => p.IsOfficeStaff && p.Id != personId).Select(p => p.Id).ToListAsync())
                .Select(id => (RecipientKind.Person, id, $"person:{id}")).ToList();
        var subject = $"unreachable:{personId}";
        var keys = recipients.Select(r => r.Key).ToList();
        var known = await db.Outbox
            .Where(o => o.ScheduleKey == OfficeNotices.ScheduleKey && o.PeriodKey == OfficeNotices.Unreachable && o.Subject == subject && keys.Contains(o.RecipientKey))
            .Select(o => o.RecipientKey)
            .ToListAsync();
        var notices = recipients.Where(r => !known.Contains(r.Key)).Select(r => new OutboxMessage
        {
            ScheduleKey = OfficeNotices.ScheduleKey,
            PeriodKey = OfficeNotices.Unreachable,
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

        db.Outbox.AddRange(notices);
        try
        {
            await SaveAsync();
            signal.Notify();
        }
        catch (DbUpdateException)
        {
            // Another dispatcher queued the same notice at the same moment; the unique index kept one.
            foreach (var notice in notices)
            {
                db.Entry(notice).State = EntityState.Detached;
            }
        }
    }

    /// <summary>Saves, waiting out a database another writer holds for longer than its busy timeout.</summary>
    private async Task SaveAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
            catch (DbUpdateException e) when (attempt < SaveAttempts && e.InnerException is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), wallClock.Time);
            }
        }
    }

    /// <summary>Whether the request surely never reached Teams: the connection itself could not be made.</summary>
    private static bool NeverSent(HttpRequestException e) => e.HttpRequestError is HttpRequestError.ConnectionError
        or HttpRequestError.NameResolutionError
        or HttpRequestError.SecureConnectionError
        or HttpRequestError.ProxyTunnelError;

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
