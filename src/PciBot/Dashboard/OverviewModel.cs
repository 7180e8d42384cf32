using System.Text.Json;
using PciBot.Calendar;
using PciBot.Digests;
using PciBot.Rollups;
using PciBot.Status;

namespace PciBot.Dashboard;

/// <summary>
/// The overview of a quarter: the digest's own counts (by index with weight and target, by unit and status), who has not
/// reported with their heads, the obstacles and requests for more time since the quarter began, and the tasks. A head
/// sees the same figures restricted to their units.
/// </summary>
internal sealed record OverviewModel(
    TabFrame Frame,
    ReportingPeriod Quarter,
    IReadOnlyList<ReportingPeriod> Quarters,
    DateOnly AsOf,
    IReadOnlyList<string> YourUnits,
    IReadOnlyList<DigestIndexCount> ByIndex,
    IReadOnlyList<DigestCount> ByUnit,
    IReadOnlyList<DigestLateUnit> NotReported,
    IReadOnlyList<DigestObstacle> Obstacles,
    IReadOnlyList<DigestExtension> Extensions,
    IReadOnlyList<RollupTask> Tasks)
{
    /// <summary>How many tasks the overview lists; the rest are on <c>/tab/overview/tasks</c>, a page at a time.</summary>
    public const int OverviewTasks = 50;

    public const int TasksPerPage = 200;

    /// <summary>How many units that have not reported the overview lists, each with at most <see cref="OverviewBadges"/> lines.</summary>
    public const int OverviewNotReported = 20;

    public const int OverviewBadges = 8;

    private IReadOnlyList<RollupTask>? tasksShown;

    public static IReadOnlyList<ReportStatus> Statuses { get; } = Enum.GetValues<ReportStatus>();

    /// <summary>0 on the overview (its first tasks), else the page of the task list.</summary>
    public int TaskPage { get; init; }

    /// <summary>Every unit that has not reported, with every line, rather than the overview's first ones.</summary>
    public bool AllNotReported { get; init; }

    public int TaskFrom => TaskPage <= 1 ? 0 : (TaskPage - 1) * TasksPerPage;

    public IReadOnlyList<RollupTask> TasksShown => tasksShown ??= [.. Tasks.Skip(TaskFrom).Take(TaskPage == 0 ? OverviewTasks : TasksPerPage)];

    public IReadOnlyList<DigestLateUnit> NotReportedShown => AllNotReported ? NotReported : [.. NotReported.Take(OverviewNotReported)];

    public int BadgeLimit => AllNotReported ? int.MaxValue : OverviewBadges;

    public static OverviewModel For(TabViewer viewer, TabFrame frame, IReadOnlyList<ReportingPeriod> quarters, Rollup rollup, Digest digest)
    {
        if (viewer.SeesEverything)
        {
            return new OverviewModel(frame, rollup.Quarter, quarters, digest.AsOf, [], digest.ByIndex, digest.ByUnit, digest.NotReported, digest.NewObstacles, digest.NewExtensions, rollup.Tasks.ToList());
        }

        var units = rollup.Lines.Where(l => viewer.Sees(l.UnitId)).Select(l => l.UnitName).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var byIndex = rollup.Indices
            .Select(i => new DigestIndexCount(i.Code, i.Name, i.WeightPercent, i.TargetScore, i.TargetText, Digest.Count(i.Tasks.SelectMany(t => t.Lines).Where(l => viewer.Sees(l.UnitId)))))
            .ToList();
        return new OverviewModel(
            frame,
            rollup.Quarter,
            quarters,
            digest.AsOf,
            [.. units.Order(StringComparer.Ordinal)],
            byIndex,
            [.. digest.ByUnit.Where(u => viewer.Sees(u.UnitId))],
            [.. digest.NotReported.Where(u => viewer.Sees(u.UnitId))],
            [.. digest.NewObstacles.Where(o => units.Contains(o.UnitName))],
            [.. digest.NewExtensions.Where(e => units.Contains(e.UnitName))],
            [.. rollup.Tasks.Where(t => t.Lines.Any(l => viewer.Sees(l.UnitId)))]);
    }

    /// <summary>The lines of a task the viewer sees, counted by status.</summary>
    public IReadOnlyDictionary<ReportStatus, int> CountsOf(RollupTask task) =>
        Digest.Count(YourUnits.Count == 0 ? task.Lines : task.Lines.Where(l => YourUnits.Contains(l.UnitName)));

    /// <summary>A stacked bar chart's data for the tab's script: a label per row, a series per status.</summary>
    public string ChartData(IReadOnlyList<(string Label, IReadOnlyDictionary<ReportStatus, int> Counts)> rows) =>
        JsonSerializer.Serialize(new
        {
            labels = rows.Select(r => r.Label),
            series = Statuses.Select(s => new { key = StatusKey(s), name = Frame.Texts.Status.ReportStatusName(s), values = rows.Select(r => r.Counts.GetValueOrDefault(s)) }),
        });

    public static string StatusKey(ReportStatus status) => status switch
    {
        ReportStatus.NotDue => "not-due",
        ReportStatus.Due => "due",
        ReportStatus.Overdue => "overdue",
        ReportStatus.Reported => "reported",
        ReportStatus.DoneOnTime => "done-on-time",
        ReportStatus.DoneLate => "done-late",
        _ => "blocked",
    };
}
