using PciBot.Calendar;
using PciBot.Rollups;

namespace PciBot.Dashboard;

/// <summary>A task's lines in the quarter (each lead unit and period, with its status and latest update) and each line's updates, newest first.</summary>
internal sealed record TaskModel(TabFrame Frame, ReportingPeriod Quarter, IReadOnlyList<ReportingPeriod> Quarters, RollupTask Task, IReadOnlyList<RollupLine> Lines, IReadOnlyList<TaskUpdate> History);
