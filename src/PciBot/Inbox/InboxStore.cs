using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Data;
using PciBot.Messaging;

namespace PciBot.Inbox;

/// <summary>
/// Incoming messages in the database, each held by the instance answering it. A message is held under
/// "instance/run" while this run answers it, and under "instance/run/claim" once taken over; another instance takes
/// it over when the hold expires, and the same instance's next run takes it over at start.
/// </summary>
internal sealed class InboxStore(BatchWriter writer, IServiceScopeFactory scopes, IOptions<InboxOptions> options, [FromKeyedServices(ConnectorOptions.ClockKey)] TimeProvider clock) : IIncomingStore
{
    private const int TakeoverBatch = 500;

    private readonly InboxOptions settings = options.Value;

    public string Run { get; } = $"{options.Value.InstanceName}/{Guid.NewGuid():N}";

    private string Instance => settings.InstanceName + "/";

    public async Task<IncomingWork?> AcceptAsync(IncomingWork work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        var activity = work.Activity;
        var conversation = activity.Conversation?.Id ?? "";
        var activityId = activity.Id is { Length: > 0 } id ? id : null;
        var json = JsonSerializer.Serialize(activity, BotJson.Options);
        var now = clock.GetUtcNow();
        long stored = 0;
        try
        {
            await writer.WriteAsync(async db =>
            {
                var row = new IncomingMessage
                {
                    ConversationId = conversation, ActivityId = activityId, Activity = json, Welcome = work.Welcome, SlowDown = work.SlowDown,
                    AcceptedAt = now, HeldBy = Run, HeldUntil = now + settings.Hold,
                };
                db.IncomingMessages.Add(row);
                var saved = await db.SaveChangesAsync(CancellationToken.None);
                stored = row.Id;
                return saved;
            });
        }
        catch (DbUpdateException) when (activityId is not null)
        {
            if (await StoredAsync(conversation, activityId))
            {
                return null;
            }

            throw;
        }

        return work with { StoredId = stored };
    }

    public Task DoneAsync(IncomingWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var now = clock.GetUtcNow();
        return work.StoredId == 0 ? Task.CompletedTask : writer.WriteAsync(db => db.IncomingMessages
            .Where(m => m.Id == work.StoredId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.DoneAt, now).SetProperty(m => m.HeldBy, (string?)null).SetProperty(m => m.HeldUntil, (DateTimeOffset?)null)));
    }

    public Task ReleaseAsync(IncomingWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.StoredId == 0 ? Task.CompletedTask : writer.WriteAsync(db => db.IncomingMessages
            .Where(m => m.Id == work.StoredId && m.DoneAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.HeldBy, (string?)null).SetProperty(m => m.HeldUntil, (DateTimeOffset?)null)));
    }

    /// <summary>
    /// Takes over, oldest first, messages nobody holds, whose hold expired, and (<paramref name="atStart"/>) those an
    /// earlier run of this instance held when it stopped.
    /// </summary>
    public async Task<IReadOnlyList<IncomingWork>> TakeOverAsync(bool atStart, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claim = $"{Run}/{Guid.NewGuid():N}";
        var (instance, run) = (Instance, Run);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        var candidates = await db.IncomingMessages
            .Where(m => m.DoneAt == null)
            .Where(m => m.HeldBy == null || (m.HeldUntil < now && !m.HeldBy.StartsWith(run)) || (atStart && m.HeldBy.StartsWith(instance) && !m.HeldBy.StartsWith(run)))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(TakeoverBatch)
            .ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }

        var until = now + settings.Hold;
        await writer.WriteAsync(w => w.IncomingMessages
            .Where(m => candidates.Contains(m.Id) && m.DoneAt == null)
            .Where(m => m.HeldBy == null || (m.HeldUntil < now && !m.HeldBy.StartsWith(run)) || (atStart && m.HeldBy.StartsWith(instance) && !m.HeldBy.StartsWith(run)))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.HeldBy, claim).SetProperty(m => m.HeldUntil, until).SetProperty(m => m.Takeovers, m => m.Takeovers + 1)));
        var rows = await db.IncomingMessages.AsNoTracking().Where(m => m.HeldBy == claim).OrderBy(m => m.Id).ToListAsync(ct);
        var at = clock.GetTimestamp();
        return rows.Select(r => ToWork(r) with { AcceptedAt = at }).ToList();
    }

    /// <summary>Forgets answered messages older than <see cref="InboxOptions.KeepDone"/>.</summary>
    public Task<int> ForgetAnsweredAsync()
    {
        var before = clock.GetUtcNow() - settings.KeepDone;
        return writer.WriteAsync(db => db.IncomingMessages.Where(m => m.DoneAt != null && m.DoneAt < before).ExecuteDeleteAsync());
    }

    private static IncomingWork ToWork(IncomingMessage row) =>
        new(JsonSerializer.Deserialize<Activity>(row.Activity, BotJson.Options) ?? throw new InvalidDataException($"Stored message {row.Id} is not an activity."), row.Welcome, row.SlowDown)
        {
            StoredId = row.Id,
        };

    private async Task<bool> StoredAsync(string conversation, string activityId)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PciBotDbContext>().IncomingMessages
            .AnyAsync(m => m.ConversationId == conversation && m.ActivityId == activityId);
    }
}
