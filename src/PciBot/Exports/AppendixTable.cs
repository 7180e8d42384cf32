using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PciBot.Rollups;
using static PciBot.Exports.WordParts;

namespace PciBot.Exports;

/// <summary>
/// The plan's appendix on a landscape page: STT, task, lead, coordinating, timeline, and the result column the plan left
/// empty, filled line by line from the updates. The header row repeats on every page; a task's row may run on to the
/// next page rather than leave half a page blank.
/// </summary>
internal static class AppendixTable
{
    private const int Size = 12;

    /// <summary>Twips across the 25.7 cm of a landscape page: "PCI 19" and the units' short names each fit on one line.</summary>
    private static readonly int[] Widths = [964, 3900, 2098, 2268, 1644, 3696];

    public static Table Of(Rollup rollup)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var table = Table(Widths, borders: true);
        table.Append(Row(header: true, bold: true, ReportTexts.No, ReportTexts.Task, ReportTexts.Lead, ReportTexts.Coordinating, ReportTexts.Timeline, ReportTexts.Result));
        foreach (var index in rollup.Indices)
        {
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                Cell(Widths[0], [Text(index.Code, Size, JustificationValues.Center, bold: true, keepNext: true)]),
                Cell(Widths[1..].Sum(), [Text(ReportTexts.IndexHeading(index.Code, index.Name, index.WeightPercent, index.TargetScore, index.TargetText), Size, JustificationValues.Left, bold: true, keepNext: true)], span: Widths.Length - 1)));
            foreach (var task in index.Tasks)
            {
                table.Append(Row(header: false, bold: false, task.Key.ToString(), task.Text, task.LeadUnits, task.CoordinatingUnits, task.Timeline, ResultCell(task)));
            }
        }

        return table;
    }

    /// <summary>What each lead unit reported, one line each: its status, the change since last quarter, its result and obstacles; then the coordinators' contributions.</summary>
    public static string ResultCell(RollupTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var lines = task.Lines.Select(l =>
        {
            var text = ReportTexts.LineSummary(l.UnitName, l.Status, l.PercentDone, task.HasSeveralPeriods ? l.PeriodKey : null);
            if (l.Changed && l.PreviousStatus is { } previous)
            {
                text += " " + ReportTexts.Changed(previous, l.PreviousPercentDone);
            }

            if (!string.IsNullOrWhiteSpace(l.Result))
            {
                text += $". {ReportTexts.Clause(l.Result)}";
            }

            if (!string.IsNullOrWhiteSpace(l.Obstacles))
            {
                text += $". {ReportTexts.Obstacles}: {ReportTexts.Clause(l.Obstacles)}";
            }

            return text;
        });
        var contributions = task.Contributions.Where(c => !string.IsNullOrWhiteSpace(c.Result))
            .Select(c => $"{c.UnitName} ({ReportTexts.Lower(ReportTexts.Coordinating)}): {ReportTexts.Clause(c.Result!)}");
        return string.Join("\n", lines.Concat(contributions));
    }

    private static TableRow Row(bool header, bool bold, params string[] cells)
    {
        var row = header ? new TableRow(new TableRowProperties(new CantSplit(), new TableHeader())) : new TableRow();
        for (var i = 0; i < cells.Length; i++)
        {
            var align = i == 0 || header ? JustificationValues.Center : JustificationValues.Left;
            row.Append(Cell(Widths[i], cells[i].Split('\n').Select(text => (OpenXmlElement)Text(text, Size, align, bold: bold))));
        }

        return row;
    }
}
