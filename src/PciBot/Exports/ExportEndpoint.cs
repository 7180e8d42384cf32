using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using PciBot.Kit.Roles;
using PciBot.People;

namespace PciBot.Exports;

/// <summary>
/// <c>GET /exports/{file}?by=&amp;until=&amp;sig=</c>. A link whose signature does not match is unknown (404), whatever
/// else it says; a genuine one that has expired is gone (410); one given to someone who is no longer Office staff or an
/// admin is refused (403).
/// </summary>
internal static class ExportEndpoint
{
    public static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> DownloadAsync(
        string file,
        int? by,
        long? until,
        string? sig,
        ExportLinks links,
        ExportRenderer renderer,
        PciBotDbContext db,
        HttpContext context,
        ILogger<ExportRenderer> logger,
        [FromServices] IEnumerable<ISheetDownload> sheets,
        CancellationToken ct)
    {
        ExportFile? export = null;
        var sheet = ExportFile.TryParse(file, out export) ? null : sheets.FirstOrDefault(s => s.FileName == file);
        if ((export is null && sheet is null) || by is not { } personId || until is not { } expires || !links.IsGenuine(file, personId, expires, sig))
        {
            ExportsLog.Refused(logger, file, by, "not a genuine link");
            return TypedResults.NotFound();
        }

        if (links.HasExpired(expires))
        {
            ExportsLog.Refused(logger, file, by, "expired");
            return TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "This link has expired. Ask PciBot for a new one.");
        }

        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (!person.IsOfficeOrAdmin)
        {
            ExportsLog.Refused(logger, file, by, "not Office staff or an admin");
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the Office and admins may download this report.");
        }

        var content = export is not null ? await renderer.RenderAsync(export, ct) : await sheet!.RenderAsync(ct);
        if (content is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        ExportsLog.Downloaded(logger, file, personId);
        return TypedResults.File(content, export?.ContentType ?? RollupWorkbook.ContentType, file);
    }
}
