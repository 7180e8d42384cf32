using PciBot.Exports;

namespace PciBot.Dashboard;

/// <summary>
/// The period's Word and Excel reports for the Office and admins, rendered by the exports' own renderer from the data as
/// it is when downloaded (the chat's signed links do the same for a person outside the tab).
/// </summary>
internal static class DownloadEndpoints
{
    public static IResult List(string? quarter, HttpContext context, TimeProvider time)
    {
        var viewer = TabViewer.Of(context);
        var period = TabQuarters.Chosen(quarter, time);
        var t = viewer.Texts.Dashboard;
        var files = new List<(ExportFile, string)>
        {
            (ExportFile.Rollup(period, word: true), t.QuarterWord),
            (ExportFile.Rollup(period, word: false), t.QuarterExcel),
            (ExportFile.Year(period.Year, word: true), t.YearWord(period.Year)),
            (ExportFile.Year(period.Year, word: false), t.YearExcel(period.Year)),
        };
        var frame = TabFrame.For(viewer, t.Downloads, "/tab/downloads");
        return TabPages.Page<DownloadsPage>(new DownloadsModel(frame, period, TabQuarters.Offered(period, time), files));
    }

    public static async Task<IResult> FileAsync(string file, HttpContext context, ExportRenderer renderer, CancellationToken ct)
    {
        if (!ExportFile.TryParse(file, out var export) || await renderer.RenderAsync(export, ct) is not { } content)
        {
            var viewer = TabViewer.Of(context);
            return TabPages.Page<RefusalPage>(new RefusalModel(TabFrame.For(viewer, viewer.Texts.Dashboard.NotFound, ""), viewer.Texts.Dashboard.NotFound), StatusCodes.Status404NotFound);
        }

        return Results.File(content, export.ContentType, export.Name);
    }
}
