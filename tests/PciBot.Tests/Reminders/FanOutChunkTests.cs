using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Reminders;

/// <summary>
/// A fan-out larger than <c>Dispatch:QueueChunk</c> is queued a chunk to a transaction, so card submits and stored
/// messages are not kept waiting for SQLite's one writer, and it still queues each reminder once.
/// </summary>
public sealed class FanOutChunkTests : IAsyncLifetime
{
    private const int Chunk = 2;
    private static readonly string[] Staffed = ["VP", "TTBCXB", "CNTTBCVT", "CONG_TTDT"];
    private static readonly DateTimeOffset AtQ4Reminder = VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(8, 0));

    private readonly OutboxSaves saves = new();
    private PciBotApp app = null!;

    public async Task InitializeAsync()
    {
        app = PciBotApp.Create(
            now: AtQ4Reminder.AddDays(-10),
            settings: new Dictionary<string, string?> { ["Dispatch:QueueChunk"] = Chunk.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            services: services => services.AddSingleton<IInterceptor>(saves));
        await app.WithDbAsync(async db =>
        {
            foreach (var unit in Staffed)
            {
                await TestPeople.HeadAsync(db, unit);
            }

            return 0;
        });
        saves.Clear();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<int> QueueAsync()
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync("quarterly", AtQ4Reminder, CancellationToken.None);
    }

    [Fact]
    public async Task AFanOutLargerThanAChunkIsSavedAChunkToATransactionWithTheScheduleLast()
    {
        var queued = await QueueAsync();

        var rows = await app.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync());
        Assert.True(rows.Count > Chunk, $"the test needs more than {Chunk} rows, queued {rows.Count}");
        Assert.Equal(rows.Count, queued);
        var recorded = saves.All;
        Assert.Equal(rows.Count, recorded.Sum(s => s.Rows));
        Assert.True(recorded.Count > 1, "one transaction for the whole fan-out");
        Assert.All(recorded, s => Assert.InRange(s.Rows, 1, Chunk));
        Assert.Equal([true], recorded.Where(s => s.Schedule).Select(_ => true));
        Assert.True(recorded[^1].Schedule, "the schedule's progress is saved with the last rows");
        Assert.Equal(rows.Count, rows.Select(r => (r.PeriodKey, r.RecipientKey, r.Subject)).Distinct().Count());
        Assert.NotNull(await app.WithDbAsync(db => db.Schedules.Where(s => s.Key == "quarterly").Select(s => s.FiredThrough).SingleAsync()));
    }

    [Fact]
    public async Task RowsSavedAheadOfAStopAreNotQueuedAgainWhenThePlannerRunsAgain()
    {
        var before = await app.WithDbAsync(db => db.Schedules.Where(s => s.Key == "quarterly").Select(s => s.FiredThrough).SingleAsync());
        await QueueAsync();
        var first = await app.WithDbAsync(db => db.Outbox.AsNoTracking().Select(r => r.Id).ToListAsync());

        // As after a stop between two chunks: some rows saved, the schedule not carried forward.
        await app.WithDbAsync(async db =>
        {
            await db.Outbox.Where(r => r.Id == first.Max()).ExecuteDeleteAsync();
            var schedule = await db.Schedules.SingleAsync(s => s.Key == "quarterly");
            schedule.FiredThrough = before;
            return await db.SaveChangesAsync();
        });
        var again = await QueueAsync();

        Assert.Equal(1, again);
        Assert.Equal(first.Count, await app.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task ThreePlannersRacingChunkByChunkQueueEachRowOnce()
    {
        await Task.WhenAll(QueueAsync(), QueueAsync(), QueueAsync());

        var rows = await app.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync());
        Assert.Equal(Staffed.Length, rows.Count(r => r.Stage == ReminderStage.Reminder));
        Assert.Equal(rows.Count, rows.Select(r => (r.ScheduleKey, r.PeriodKey, r.RecipientKey, r.Subject)).Distinct().Count());
    }

    /// <summary>Each save that adds outbox rows: how many, and whether a schedule was saved with them.</summary>
    private sealed class OutboxSaves : SaveChangesInterceptor
    {
        private readonly ConcurrentQueue<(int Rows, bool Schedule)> saves = new();

        public List<(int Rows, bool Schedule)> All => [.. saves];

        public void Clear() => saves.Clear();

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var tracker = eventData.Context!.ChangeTracker;
            var rows = tracker.Entries<OutboxMessage>().Count(e => e.State == EntityState.Added);
            if (rows > 0)
            {
                saves.Enqueue((rows, tracker.Entries<ScheduleDefinition>().Any(e => e.State == EntityState.Modified)));
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
