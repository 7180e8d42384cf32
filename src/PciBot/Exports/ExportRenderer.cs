using Microsoft.Extensions.Options;
using PciBot.Calendar;
using PciBot.Rollups;

namespace PciBot.Exports;

/// <summary>Builds the file a link names from the data as it is now.</summary>
internal sealed class ExportRenderer(RollupBuilder rollups, IOptions<ReportOptions> report)
{
    public async Task<byte[]?> RenderAsync(ExportFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var rollup = await rollups.BuildAsync(file.Quarter, ct);
        if (rollup is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        if (file.IsWord)
        {
            RollupDocument.Write(rollup, file.IsYear ? CalendarTexts.Vietnamese.Year(file.Quarter.Year) : CalendarTexts.Vietnamese.PeriodLabel(file.Quarter), stream, report.Value);
        }
        else
        {
            RollupWorkbook.Write(rollup, stream);
        }

        return stream.ToArray();
    }
}
