using DocumentFormat.OpenXml.Spreadsheet;
using PciBot.Rollups;
using PciBot.Status;

namespace PciBot.Exports;

/// <summary>
/// The workbook's second sheet: how many lines stand at each status, per index and then per reporting unit, with the
/// totals, as numbers the Office can chart or sum.
/// </summary>
internal static class WorkbookCounts
{
    public static IReadOnlyList<ReportStatus> Statuses { get; } = Enum.GetValues<ReportStatus>();

    /// <summary>Label, one column per status, total.</summary>
    public static int ColumnCount => Statuses.Count + 2;

    public static uint Fill(SheetData data, Rollup rollup)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        uint row = 1;
        var byIndex = rollup.Indices.Select(i => (Label: $"{i.Code}. {i.Name}", Lines: i.Tasks.SelectMany(t => t.Lines).ToList()));
        row = Table(data, row, ReportTexts.Index, byIndex);
        row++;
        var vietnamese = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);
        var byUnit = rollup.Lines.GroupBy(l => l.UnitName).OrderBy(g => g.Key, vietnamese).Select(g => (Label: g.Key, Lines: g.ToList()));
        return Table(data, row, ReportTexts.ReportingUnit, byUnit) - 1;
    }

    private static uint Table(SheetData data, uint row, string label, IEnumerable<(string Label, List<RollupLine> Lines)> groups)
    {
        data.Append(SheetCells.Row(row++, WorkbookStyles.Header, [label, .. Statuses.Select(ReportTexts.StatusName), ReportTexts.TotalLines]));
        var all = new List<RollupLine>();
        foreach (var (name, lines) in groups)
        {
            all.AddRange(lines);
            data.Append(SheetCells.Row(row++, WorkbookStyles.Text, Counts(name, lines)));
        }

        data.Append(SheetCells.Row(row++, WorkbookStyles.BoldText, Counts(ReportTexts.Total, all)));
        return row;
    }

    private static object?[] Counts(string label, List<RollupLine> lines) =>
        [label, .. Statuses.Select(s => (object?)lines.Count(l => l.Status == s)), lines.Count];
}
