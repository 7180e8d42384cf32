namespace PciBot.Clock;

/// <summary>A clock that starts at a chosen moment and may run faster than real time; timers shrink to match.</summary>
internal sealed class ShiftedTimeProvider : TimeProvider
{
    private readonly TimeProvider real;
    private readonly DateTimeOffset realStart;
    private readonly DateTimeOffset virtualStart;
    private readonly double speed;

    public ShiftedTimeProvider(TimeProvider real, DateTimeOffset? startAt, double speed)
    {
        this.real = real;
        this.speed = speed;
        realStart = real.GetUtcNow();
        virtualStart = startAt?.ToUniversalTime() ?? realStart;
    }

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() =>
        virtualStart + TimeSpan.FromTicks((long)((real.GetUtcNow() - realStart).Ticks * speed));

    public override long GetTimestamp() => real.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        real.CreateTimer(callback, state, Scale(dueTime), Scale(period));

    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(1, (long)(span.Ticks / speed)));
}
