namespace PciBot.Clock;

/// <summary>
/// Time travel for demos: the bot's clock starts at <see cref="StartAt"/> and runs <see cref="Speed"/> times
/// faster, so a quarter's reminders can be watched on a laptop. Refused outside Development.
/// </summary>
internal sealed class ClockOptions
{
    public const string SectionName = "Clock";

    /// <summary>The moment the bot believes it is when it starts, e.g. "2023-12-08T08:00:00+07:00"; empty for the real time.</summary>
    public DateTimeOffset? StartAt { get; set; }

    /// <summary>How many seconds of bot time pass per real second (1 = real time).</summary>
    public double Speed { get; set; } = 1;

    public bool IsShifted => StartAt is not null || Math.Abs(Speed - 1) > double.Epsilon;
}
