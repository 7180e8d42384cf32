namespace PciBot.Clock;

/// <summary>
/// A clock that starts at a chosen moment and may run faster than real time; timers shrink to match. It may stand
/// still at that moment until <see cref="Start"/>, so that a slow start-up does not eat into a demo's first minutes.
/// </summary>
internal sealed class ShiftedTimeProvider : TimeProvider
{
    private const long NotStarted = long.MinValue;

    private readonly TimeProvider real;
    private readonly DateTimeOffset virtualStart;
    private readonly double speed;
    private long realStartTicks = NotStarted;

    public ShiftedTimeProvider(TimeProvider real, DateTimeOffset? startAt, double speed, bool startNow = true)
    {
        this.real = real;
        this.speed = speed;
        var now = real.GetUtcNow();
        virtualStart = startAt?.ToUniversalTime() ?? now;
        if (startNow)
        {
            realStartTicks = now.UtcTicks;
        }
    }

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    /// <summary>Lets a clock made with <c>startNow: false</c> run from now on; later calls change nothing.</summary>
    public void Start() => Interlocked.CompareExchange(ref realStartTicks, real.GetUtcNow().UtcTicks, NotStarted);

    public override DateTimeOffset GetUtcNow()
    {
        var started = Interlocked.Read(ref realStartTicks);
        return started == NotStarted
            ? virtualStart
            : virtualStart + TimeSpan.FromTicks((long)((real.GetUtcNow().UtcTicks - started) * speed));
    }

    public override long GetTimestamp() => real.GetTimestamp();

    /// <summary>A timer whose due time and period, here and in every later <see cref="ITimer.Change"/>, are the bot's time.</summary>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(real.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(1, (long)(span.Ticks / speed)));

    /// <summary>Quartz re-arms its wake-up timer with Change: unscaled, a wait of two days of bot time took two real days.</summary>
    private sealed class ScaledTimer(ITimer timer, ShiftedTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => timer.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
