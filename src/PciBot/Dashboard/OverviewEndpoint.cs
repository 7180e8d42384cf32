using PciBot.Calendar;
using PciBot.Digests;
using PciBot.Rollups;

namespace PciBot.Dashboard;

/// <summary>
/// <c>GET /tab/overview?quarter=2023-Q4</c>: the quarter's rollup, and the digest built from that same rollup, so the
/// page shows the numbers the digest and the rollup show for the same clock.
/// </summary>
internal static class OverviewEndpoint
{
    public static async Task<IResult> GetAsync(string? quarter, HttpContext context, RollupBuilder rollups, DigestBuilder digests, TimeProvider time, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        var period = TabQuarters.Chosen(quarter, time);
        var frame = TabFrame.For(viewer, viewer.Texts.Dashboard.Headline(viewer.Texts.Calendar.PeriodLabel(period)), "/tab/overview", charts: true);
        var rollup = await rollups.BuildAsync(period, ct);
        if (rollup is null)
        {
            return TabPages.Page<RefusalPage>(new RefusalModel(frame with { Charts = false }, viewer.Texts.Dashboard.NotFound), StatusCodes.Status404NotFound);
        }

        var digest = await digests.BuildAsync(rollup, VietnamTime.AtLocal(period.Start, TimeOnly.MinValue), ct);
        return TabPages.Page<OverviewPage>(OverviewModel.For(viewer, frame, TabQuarters.Offered(period, time), rollup, digest));
    }
}
