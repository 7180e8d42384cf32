using PciBot.Calendar;
using PciBot.Digests;
using PciBot.Rollups;

namespace PciBot.Dashboard;

/// <summary>
/// <c>GET /tab/overview?quarter=2023-Q4</c>: the quarter's rollup, and the digest built from that same rollup, so the
/// page shows the numbers the digest and the rollup show for the same clock. The overview shows counts and lists, so
/// its rollup holds the statuses without the reports' texts (<see cref="RollupScope.Statuses"/>).
/// </summary>
internal static class OverviewEndpoint
{
    public static async Task<IResult> GetAsync(string? quarter, HttpContext context, RollupBuilder rollups, DigestBuilder digests, TimeProvider time, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        var period = TabQuarters.Chosen(quarter, time);
        var frame = TabFrame.For(viewer, viewer.Texts.Dashboard.Headline(viewer.Texts.Calendar.PeriodLabel(period)), "/tab/overview", charts: true);
        var rollup = await rollups.BuildAsync(period, RollupScope.Statuses, ct);
        if (rollup is null)
        {
            return TabPages.Page<RefusalPage>(new RefusalModel(frame with { Charts = false }, viewer.Texts.Dashboard.NotFound), StatusCodes.Status404NotFound);
        }

        var digest = await digests.BuildAsync(rollup, VietnamTime.AtLocal(period.Start, TimeOnly.MinValue), ct);
        return TabPages.Page<OverviewPage>(OverviewModel.For(viewer, frame, TabQuarters.Offered(period, time), rollup, digest));
    }

    /// <summary><c>GET /tab/overview/tasks?quarter=&amp;page=</c>: the overview's task list, a page at a time.</summary>
    public static Task<IResult> TasksAsync(string? quarter, int? page, HttpContext context, RollupBuilder rollups, DigestBuilder digests, TimeProvider time, CancellationToken ct) =>
        ListAsync(quarter, context, rollups, digests, time, model => model with { TaskPage = Math.Max(1, page ?? 1) }, ct);

    /// <summary><c>GET /tab/overview/not-reported?quarter=</c>: every unit that has not reported, with every line.</summary>
    public static Task<IResult> NotReportedAsync(string? quarter, HttpContext context, RollupBuilder rollups, DigestBuilder digests, TimeProvider time, CancellationToken ct) =>
        ListAsync(quarter, context, rollups, digests, time, model => model with { AllNotReported = true }, ct);

    private static async Task<IResult> ListAsync(string? quarter, HttpContext context, RollupBuilder rollups, DigestBuilder digests, TimeProvider time, Func<OverviewModel, OverviewModel> shape, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        var period = TabQuarters.Chosen(quarter, time);
        var frame = TabFrame.For(viewer, viewer.Texts.Dashboard.Headline(viewer.Texts.Calendar.PeriodLabel(period)), "");
        var rollup = await rollups.BuildAsync(period, RollupScope.Statuses, ct);
        if (rollup is null)
        {
            return TabPages.Page<RefusalPage>(new RefusalModel(frame, viewer.Texts.Dashboard.NotFound), StatusCodes.Status404NotFound);
        }

        var digest = await digests.BuildAsync(rollup, VietnamTime.AtLocal(period.Start, TimeOnly.MinValue), ct);
        return TabPages.Page<OverviewListPage>(shape(OverviewModel.For(viewer, frame, TabQuarters.Offered(period, time), rollup, digest)));
    }
}
