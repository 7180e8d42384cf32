using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PciBot.Rollups;

namespace PciBot.Exports;

/// <summary>
/// The rollup as a Word document laid out like a Vietnamese administrative report (Decree 30/2020/NĐ-CP): the
/// authority and national motto heading block, place and date, title, a section per PCI/PGI index, the obstacles,
/// and the plan's appendix table with its "Kết quả/sản phẩm" column filled from the units' updates.
/// </summary>
internal static class RollupDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Font = "Times New Roman";
    private const int BodySize = 28;
    private const int TableSize = 24;

    public static void Write(Rollup rollup, string periodLabel, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);

        body.Append(HeadingBlock());
        body.Append(Paragraph(ReportTexts.PlaceAndDate(rollup.AsOf), JustificationValues.Right, italic: true));
        body.Append(Paragraph(ReportTexts.ReportWord, JustificationValues.Center, bold: true));
        body.Append(Paragraph(ReportTexts.Subject(rollup.PlanNumber, rollup.PlanIssuedOn, periodLabel), JustificationValues.Center, bold: true));
        body.Append(Paragraph(ReportTexts.Opening(rollup.ReportTo), JustificationValues.Both, indent: true));

        body.Append(Paragraph(ReportTexts.ResultsByIndex, JustificationValues.Left, bold: true));
        foreach (var index in rollup.Indices)
        {
            body.Append(Paragraph(ReportTexts.IndexHeading(index.Code, index.Name, index.WeightPercent, index.TargetScore, index.TargetText), JustificationValues.Both, bold: true, indent: true));
            foreach (var task in index.Tasks)
            {
                body.Append(Paragraph(ReportTexts.TaskHeading(task.Key.ToString(), task.Text), JustificationValues.Both, italic: true, indent: true));
                foreach (var text in TaskParagraphs(task))
                {
                    body.Append(Paragraph(text, JustificationValues.Both, indent: true));
                }
            }
        }

        body.Append(Paragraph(ReportTexts.ObstaclesSection, JustificationValues.Left, bold: true));
        var obstacles = rollup.Lines.Where(l => !string.IsNullOrWhiteSpace(l.Obstacles))
            .Select(l => $"- {l.UnitName} ({rollup.Tasks.First(t => t.TaskId == l.TaskId).Key}): {l.Obstacles}")
            .ToList();
        foreach (var text in obstacles.Count == 0 ? [ReportTexts.NoObstacles] : obstacles)
        {
            body.Append(Paragraph(text, JustificationValues.Both, indent: true));
        }

        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        body.Append(Paragraph(ReportTexts.Appendix, JustificationValues.Center, bold: true));
        body.Append(Paragraph(ReportTexts.AppendixTitle, JustificationValues.Center, bold: true));
        body.Append(AppendixTable(rollup));
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 720U, Footer = 720U, Gutter = 0U }));
        main.Document.Save();
    }

    /// <summary>The lines of one task in section I: each lead unit's status and result, then the coordinators' contributions.</summary>
    private static IEnumerable<string> TaskParagraphs(RollupTask task)
    {
        if (task.Lines.Count == 0)
        {
            yield return $"{task.LeadUnits} {ReportTexts.NoInternalLead}";
        }

        foreach (var line in task.Lines)
        {
            var text = $"- {ReportTexts.LineSummary(line.UnitName, line.Status, line.PercentDone, task.HasSeveralPeriods ? line.PeriodKey : null)}";
            if (line.Changed && line.PreviousStatus is { } previous)
            {
                text += " " + ReportTexts.Changed(previous, line.PreviousPercentDone);
            }

            if (!string.IsNullOrWhiteSpace(line.Result))
            {
                text += $". {ReportTexts.Result}: {line.Result}";
            }

            if (!string.IsNullOrWhiteSpace(line.Obstacles))
            {
                text += $". {ReportTexts.Obstacles}: {line.Obstacles}";
            }

            yield return text;
        }

        foreach (var contribution in task.Contributions)
        {
            yield return $"- {ReportTexts.Contributions} – {contribution.UnitName}: {contribution.Result}".TrimEnd(' ', ':');
        }
    }

    /// <summary>The plan's appendix: STT, task, lead, coordinating, timeline, and the result column the plan left empty.</summary>
    private static Table AppendixTable(Rollup rollup)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(Grid(AppendixWidths));
        table.Append(Row(bold: true, header: true, ReportTexts.No, ReportTexts.Task, ReportTexts.Lead, ReportTexts.Coordinating, ReportTexts.Timeline, ReportTexts.Result));
        foreach (var index in rollup.Indices)
        {
            table.Append(Row(bold: true, header: false, index.Code, ReportTexts.IndexHeading(index.Code, index.Name, index.WeightPercent, index.TargetScore, index.TargetText), "", "", "", ""));
            foreach (var task in index.Tasks)
            {
                table.Append(Row(bold: false, header: false, task.Key.ToString(), task.Text, task.LeadUnits, task.CoordinatingUnits, task.Timeline, ResultCell(task)));
            }
        }

        return table;
    }

    /// <summary>What each lead unit reported, one unit per line, then the coordinators' contributions.</summary>
    public static string ResultCell(RollupTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var lines = task.Lines.Select(l =>
        {
            var summary = ReportTexts.LineSummary(l.UnitName, l.Status, l.PercentDone, task.HasSeveralPeriods ? l.PeriodKey : null);
            return string.IsNullOrWhiteSpace(l.Result) ? summary : $"{summary}. {l.Result}";
        });
        var contributions = task.Contributions.Where(c => !string.IsNullOrWhiteSpace(c.Result)).Select(c => $"{c.UnitName} ({ReportTexts.Coordinating.ToLowerInvariant()}): {c.Result}");
        return string.Join("\n", lines.Concat(contributions));
    }

    private static Table HeadingBlock()
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })));
        table.Append(Grid([40, 60]));
        table.Append(new TableRow(
            Cell(40, Paragraph(ReportTexts.Authority, JustificationValues.Center, size: 26), Paragraph(ReportTexts.Department, JustificationValues.Center, bold: true, size: 26), Paragraph(ReportTexts.Number, JustificationValues.Center, size: 26)),
            Cell(60, Paragraph(ReportTexts.Nation, JustificationValues.Center, bold: true, size: 26), Paragraph(ReportTexts.Motto, JustificationValues.Center, bold: true, size: 28))));
        return table;
    }

    private static TableRow Row(bool bold, bool header, params string[] cells)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            row.Append(Cell(AppendixWidths[i], cells[i].Split('\n').Select(text => Paragraph(text, i == 0 ? JustificationValues.Center : JustificationValues.Left, bold: bold, size: TableSize)).ToArray()));
        }

        return row;
    }

    /// <summary>The columns' share of the text width, in percent.</summary>
    private static readonly int[] AppendixWidths = [6, 34, 14, 14, 12, 20];

    /// <summary>The grid Word needs, in twentieths of a point, from shares of the 16.5 cm text width of an A4 page.</summary>
    private static TableGrid Grid(int[] percents) =>
        new(percents.Select(p => new GridColumn { Width = (p * 93).ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static TableCell Cell(int percent, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = (percent * 50).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }));
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Paragraph(string text, JustificationValues alignment, bool bold = false, bool italic = false, bool indent = false, int size = BodySize)
    {
        // Children in schema order: spacing, then indentation, then alignment.
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = "60" });
        if (indent)
        {
            properties.Append(new Indentation { FirstLine = "567" });
        }

        properties.Append(new Justification { Val = alignment });

        var run = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Paragraph(properties, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
