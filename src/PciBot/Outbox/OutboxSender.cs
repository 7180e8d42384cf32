using System.Net;
using PciBot.BotFramework.Connector;
using PciBot.Telemetry;

namespace PciBot.Outbox;

/// <summary>
/// Sends claimed outbox messages, one recipient's at a time: each is posted (<see cref="OutboxPoster"/>), its outcome
/// decided from how the post ended and recorded (<see cref="OutboxOutcomes"/>), and what follows from it settled
/// (<see cref="OutboxSettlement"/>).
/// </summary>
/// <remarks>
/// A message is posted at most once. Before the post the row is marked with the conversation it goes to, under a
/// lease longer than the call can take; a row found with that mark and no outcome (its dispatcher stopped or died
/// mid-post) is never posted again. Teams has no idempotency key, so a post whose fate is unknown is left for the
/// follow-up reminder rather than risk a second card.
/// </remarks>
internal sealed class OutboxSender(
    OutboxPoster poster,
    OutboxOutcomes outcomes,
    OutboxSettlement settlement,
    RateLimitClock wallClock,
    PciBotMetrics metrics,
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
                await outcomes.DeferAsync(rows.Skip(i + 1).Select(r => r.Id).ToList(), batch.Claim, until);
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
        using var span = PciBotTracing.StartUnder("pcibot.outbox.send", message.TraceParent, System.Diagnostics.ActivityKind.Producer);
        span?.SetTag("pcibot.outbox.kind", message.Kind.Name);
        message.Attempts++;
        var attempt = new PostAttempt();
        DateTimeOffset? heldUntil = null;
        try
        {
            if (await poster.PostAsync(message, batch, attempt, ct) is not { } response)
            {
                return null;
            }

            outcomes.Sent(message, response);
        }
        catch (UnreachableException e)
        {
            outcomes.Unreachable(message, e.Message);
        }
        catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            outcomes.Unreachable(message, $"{(int)e.StatusCode} {e.ErrorCode}".Trim());
        }
        catch (ConnectorException e) when (e.IsTransient)
        {
            // Teams refused it for now (429, 412, 503), or a gateway failed (502, 504): posted again later, as the
            // Teams documentation asks. After a 502 or 504 the message may in fact have arrived, so a card can come
            // twice in that case; the connector client retries those itself for the same reason.
            if (e.StatusCode == HttpStatusCode.TooManyRequests)
            {
                metrics.OutboxRows(message.Kind.Name, "throttled");
            }

            if (e.RetryAfter is { } retryAfter)
            {
                // The rest of the recipient's rows wait too. The conversation was held where the post failed, and the
                // resolver holds the member itself when opening the chat was throttled.
                heldUntil = wallClock.Time.GetUtcNow() + retryAfter;
            }

            outcomes.Retry(message, $"{(int)e.StatusCode} {e.ErrorCode}".Trim(), e.RetryAfter);
        }
        catch (ConnectorException e)
        {
            outcomes.Fail(message, $"{(int)e.StatusCode} {e.ErrorCode} {e.ErrorMessage}".Trim());
        }
        catch (HttpRequestException e) when (NeverSent(e))
        {
            outcomes.Retry(message, e.Message, null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested && !attempt.Posting)
        {
            OutboxOutcomes.Abandoned(message);
        }
        catch (Exception e) when (attempt.Posting)
        {
            // A timeout, a dropped connection, or a stop: the post went out and its answer never came.
            outcomes.Unconfirmed(message, e, ct.IsCancellationRequested);
        }
        catch (Exception e)
        {
            // Nothing was posted: opening the chat, rendering the card or the database failed this time.
            OutboxLog.SendFailed(logger, message.Id, e);
            outcomes.Retry(message, e.Message, null);
        }

        // The outcome is kept even when the host is stopping: a card that went out must not be sent again.
        if (await outcomes.RecordAsync(message, batch.Claim))
        {
            await settlement.AfterOutcomeAsync(message, attempt.Target);
        }

        return heldUntil;
    }

    /// <summary>Whether the request surely never reached Teams: the connection itself could not be made.</summary>
    private static bool NeverSent(HttpRequestException e) => e.HttpRequestError is HttpRequestError.ConnectionError
        or HttpRequestError.NameResolutionError
        or HttpRequestError.SecureConnectionError
        or HttpRequestError.ProxyTunnelError;
}
