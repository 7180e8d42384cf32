using PciBot.Calendar;
using PciBot.Rollups;

namespace PciBot.Dashboard;

/// <summary>
/// A task's lines in the quarter (each lead unit and period, with its status and latest update), each line's updates,
/// newest first, and the update forms of the lines the viewer may update, with the antiforgery token they carry.
/// </summary>
internal sealed record TaskModel(TabFrame Frame, ReportingPeriod Quarter, IReadOnlyList<ReportingPeriod> Quarters, RollupTask Task, IReadOnlyList<RollupLine> Lines, IReadOnlyList<TaskUpdate> History)
{
    public IReadOnlyList<LineForm> Forms { get; init; } = [];

    public string TokenField { get; init; } = "";

    public string Token { get; init; } = "";

    /// <summary>Just saved (after the redirect that follows a good submit).</summary>
    public bool Saved { get; init; }
}
