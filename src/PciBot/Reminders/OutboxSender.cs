using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;
using PciBot.Data;

namespace PciBot.Reminders;

/// <summary>
/// Sends one claimed outbox message and records the outcome: sent (with the Teams activity id), retry later,
/// unreachable (the Office is told once), or failed for good.
/// </summary>
internal sealed class OutboxSender(
    PciBotDbContext db,
    RecipientResolver recipients,
    ReminderMessages messages,
    IConnectorClient connector,
    SendRateLimiter limiter,
    RateLimitClock wallClock,
    IOptions<DispatchOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger)
{
    public async Task SendAsync(long id, string claim, CancellationToken ct)
    {
        var message = await db.Outbox.SingleOrDefaultAsync(o => o.Id == id && o.ClaimedBy == claim && o.Status == OutboxStatus.Pending, ct);
        if (message is null)
        {
            return;
        }

        message.Attempts++;
        DeliveryTarget? target = null;
        try
        {
            target = await recipients.ResolveAsync(message, ct);
            var activity = await messages.BuildAsync(message, target.Locale, ct);
            await limiter.WaitAsync(target.ConversationId, ct);
            var response = await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, activity, ct);
            message.Status = OutboxStatus.Sent;
            message.SentAt = time.GetUtcNow();
            message.ConversationId = target.ConversationId;
            message.ActivityId = response.Id;
            message.LastError = null;
            RemindersLog.Sent(logger, message.Id, message.Subject, message.Attempts);
        }
        catch (UnreachableException e)
        {
            await MarkUnreachableAsync(message, target, e.Message, CancellationToken.None);
        }
        catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            await MarkUnreachableAsync(message, target, $"{(int)e.StatusCode} {e.ErrorCode}".Trim(), CancellationToken.None);
        }
        catch (ConnectorException e) when (e.IsTransient)
        {
            if (e.RetryAfter is { } retryAfter && target is not null)
            {
                limiter.Hold(target.ConversationId, wallClock.Time.GetUtcNow() + retryAfter);
            }

            await RetryAsync(message, $"{(int)e.StatusCode} {e.ErrorCode}".Trim(), e.RetryAfter, CancellationToken.None);
        }
        catch (ConnectorException e)
        {
            await FailAsync(message, $"{(int)e.StatusCode} {e.ErrorCode} {e.ErrorMessage}".Trim(), CancellationToken.None);
        }
        catch (HttpRequestException e)
        {
            await RetryAsync(message, e.Message, null, CancellationToken.None);
        }
        catch (Exception e) when (e is TimeoutException or Polly.ExecutionRejectedException)
        {
            await RetryAsync(message, e.Message, null, CancellationToken.None);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            await RetryAsync(message, $"timeout: {e.Message}", null, CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            // Abandoned at shutdown: whether Teams got it is unknown, so it stays pending for the next start.
            message.Attempts--;
            message.LastError = "abandoned at shutdown";
        }

        message.ClaimedBy = null;
        message.ClaimedUntil = null;
        // The outcome must be kept even when the host is stopping: a sent card recorded as pending would go twice.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task RetryAsync(OutboxMessage message, string error, TimeSpan? retryAfter, CancellationToken ct)
    {
        message.LastError = Truncate(error);
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            await FailAsync(message, error, ct);
            return;
        }

        var backoff = options.Value.RetryBaseDelay * Math.Pow(2, Math.Min(message.Attempts - 1, 10));
        var wait = retryAfter is { } after && after > backoff ? after : backoff;
        message.NextAttemptAt = time.GetUtcNow() + wait;
        RemindersLog.WillRetry(logger, message.Id, message.Attempts, wait, error);
    }

    private async Task FailAsync(OutboxMessage message, string error, CancellationToken ct)
    {
        message.Status = OutboxStatus.Failed;
        message.LastError = Truncate(error);
        RemindersLog.Failed(logger, message.Id, message.Attempts, error);
        if (message.PersonId is { } personId)
        {
            await TellOfficeAsync(personId, error, ct);
        }
    }

    private async Task MarkUnreachableAsync(OutboxMessage message, DeliveryTarget? target, string reason, CancellationToken ct)
    {
        message.Status = OutboxStatus.Unreachable;
        message.LastError = Truncate(reason);
        RemindersLog.Unreachable(logger, message.Id, reason);
        if (target is not null && await db.Conversations.SingleOrDefaultAsync(c => c.Id == target.ConversationRecordId, ct) is { } record)
        {
            record.IsReachable = false;
            record.UnreachableReason = Truncate(reason);
        }

        if (message.PersonId is { } personId)
        {
            await TellOfficeAsync(personId, reason, ct);
        }
    }

    /// <summary>Queues one notice per unreachable person (not per message), so a blocked bot never floods the Office.</summary>
    private async Task TellOfficeAsync(int personId, string reason, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var name = await db.People.Where(p => p.Id == personId).Select(p => p.Name).SingleOrDefaultAsync(ct) ?? "?";
        var office = await db.Conversations.Where(c => c.IsOfficeChannel && c.IsReachable).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        List<(RecipientKind Kind, int Id, string Key)> recipients = office is { } channel
            ? [(RecipientKind.Conversation, channel, $"conversation:{channel}")]
            : (await db.People.Where(p => p.IsOfficeStaff && p.Id != personId).Select(p => p.Id).ToListAsync(ct))
                .Select(id => (RecipientKind.Person, id, $"person:{id}")).ToList();
        var subject = $"unreachable:{personId}";
        foreach (var (kind, id, key) in recipients)
        {
            var known = db.Outbox.Local.Any(o => o.Subject == subject && o.RecipientKey == key)
                || await db.Outbox.AnyAsync(o => o.ScheduleKey == OfficeNotices.ScheduleKey && o.PeriodKey == OfficeNotices.Unreachable && o.RecipientKey == key && o.Subject == subject, ct);
            if (known)
            {
                continue;
            }

            db.Outbox.Add(new OutboxMessage
            {
                ScheduleKey = OfficeNotices.ScheduleKey,
                PeriodKey = OfficeNotices.Unreachable,
                RecipientKind = kind,
                RecipientKey = key,
                PersonId = kind == RecipientKind.Person ? id : null,
                ConversationRecordId = kind == RecipientKind.Conversation ? id : null,
                Subject = subject,
                Stage = ReminderStage.OfficeNotice,
                Payload = name,
                LastError = Truncate(reason),
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
    }

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
