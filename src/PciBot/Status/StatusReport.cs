using PciBot.Registry;

namespace PciBot.Status;

/// <summary>The lines a question is about, evaluated on <see cref="Today"/> (Vietnam date).</summary>
internal sealed record StatusReport(Plan Plan, DateOnly Today, IReadOnlyList<StatusLine> Lines)
{
    public static StatusReport Empty(Plan plan, DateOnly today) => new(plan, today, []);
}
