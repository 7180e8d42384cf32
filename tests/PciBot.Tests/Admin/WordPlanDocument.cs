using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PciBot.Tests.Admin;

/// <summary>
/// Writes a plan in the seed format as the Department's Word document, with what Word really puts in one: the heading
/// in a borderless table, section, sub-section and general-task numbers from numbering.xml (not in the text; the
/// general tasks' through their paragraph style), the
/// appendix with its STT column numbered by a list that restarts in section B, section and index rows spanning every
/// column (gridSpan), the target cell merged down the index's tasks (vMerge), "- " items as bulleted paragraphs, unit
/// lists split by line breaks or paragraphs, text split into runs, non-breaking spaces and some cells in NFD. Its header
/// takes two rows, the unit columns under one spanning title, as many appendices do.
/// </summary>
internal static class WordPlanDocument
{
    private const int SectionList = 1;
    private const int SubsectionList = 2;
    private const int SubsectionListAgain = 3;
    private const int LetterList = 4;
    private const int PciList = 5;
    private const int PgiList = 6;
    private const int BulletList = 7;

    private static readonly int[] Widths = [600, 1500, 4200, 1500, 1500, 1300, 900];

    /// <summary>The document of <paramref name="plan"/>; units are written by the name <paramref name="unitNames"/> gives their code.</summary>
    public static byte[] Write(JsonObject plan, IReadOnlyDictionary<string, string> unitNames, Func<JsonObject, string>? indexHeading = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            var body = new Body();
            var header = plan["plan"]!.AsObject();
            Heading(body, header);
            Text(body, header);
            Appendix(body, plan, unitNames, indexHeading ?? DefaultHeading);
            body.Append(new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>The appendix heading of an index as the plan prints it: "I. CHỈ SỐ GIA NHẬP THỊ TRƯỜNG (TRỌNG SỐ 5%)".</summary>
    public static string DefaultHeading(JsonObject index)
    {
        var code = (string)index["code"]!;
        var weight = ((decimal)index["weightPercent"]!).ToString("0.##", CultureInfo.InvariantCulture);
        return $"{code[2..]}. {((string)index["name"]!).ToUpper(CultureInfo.GetCultureInfo("vi-VN"))} (TRỌNG SỐ {weight}%)";
    }

    private static void Heading(Body body, JsonObject header)
    {
        var issued = DateOnly.Parse((string)header["issuedOn"]!, CultureInfo.InvariantCulture);
        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None })),
            new TableGrid(new GridColumn { Width = "4500" }, new GridColumn { Width = "5500" }),
            new TableRow(
                Cell(4500, Centered("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), Centered("TỈNH KHÁNH HÒA", bold: true)),
                Cell(5500, Centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true), Centered("Độc lập - Tự do - Hạnh phúc", bold: true))),
            new TableRow(
                Cell(4500, Centered($"Số:\u00A0{header["number"]}")),
                Cell(5500, Centered(string.Create(CultureInfo.InvariantCulture, $"Khánh Hòa, ngày {issued.Day:00} tháng {issued.Month:00} năm {issued.Year}")))));
        body.Append(table);
    }

    private static void Text(Body body, JsonObject header)
    {
        var title = (string)header["title"]!;
        var of = title.IndexOf(" của ", StringComparison.Ordinal);
        var subtitle = title["Kế hoạch ".Length..(of < 0 ? title.Length : of)];
        body.Append(Centered("KẾ HOẠCH", bold: true));
        body.Append(Centered(char.ToUpper(subtitle[0], CultureInfo.GetCultureInfo("vi-VN")) + subtitle[1..], bold: true));
        if (of >= 0)
        {
            body.Append(Centered(title[(of + 1)..], bold: true));
        }

        body.Append(Para($"Thực hiện {header["basis"]}, Sở Thông tin và Truyền thông xây dựng Kế hoạch nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm {header["year"]} như sau:"));
        body.Append(Listed(SectionList, 0, "MỤC TIÊU, YÊU CẦU", bold: true));
        body.Append(Listed(SubsectionList, 0, "Mục tiêu", bold: true));
        body.Append(Para("- Triển khai hiệu quả các nhiệm vụ, giải pháp phát triển kinh tế - xã hội của tỉnh."));
        body.Append(Listed(SubsectionList, 0, "Yêu cầu", bold: true));
        body.Append(Para("- Đẩy mạnh cải cách thủ tục hành chính lĩnh vực thông tin và truyền thông."));
        body.Append(Listed(SectionList, 0, "NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", bold: true));
        body.Append(Listed(SubsectionListAgain, 0, "Nhiệm vụ, giải pháp chung", bold: true));
        foreach (var task in Tasks(header.Parent!, "generalTasks"))
        {
            // Numbered through their paragraph style, as Word's list styles do, not through the paragraph's own numPr.
            var item = Para((string)task["text"]!);
            item.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = "LetterItem" }));
            body.Append(item);
        }

        body.Append(Listed(SubsectionListAgain, 0, $"Nhiệm vụ, giải pháp hành động trọng tâm năm {header["year"]}", bold: true));
        body.Append(Para("(Chi tiết theo Phụ lục đính kèm)"));
        body.Append(Listed(SectionList, 0, "TỔ CHỨC THỰC HIỆN", bold: true));
        var deadline = DateOnly.Parse((string)header["reportDeadline"]!, CultureInfo.InvariantCulture);
        body.Append(Para(string.Create(CultureInfo.InvariantCulture, $"Giao Văn phòng chủ trì theo dõi, tổng hợp, đánh giá kết quả hàng quý và tham mưu báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư trước ngày {deadline.Day}/{deadline.Month}/{deadline.Year}.")));
        body.Append(new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(new GridColumn { Width = "5000" }, new GridColumn { Width = "5000" }),
            new TableRow(
                Cell(5000, Para("Nơi nhận:", bold: true), Para("- Sở KH&ĐT (VBĐT);"), Para("- Lưu: VT, VP.")),
                Cell(5000, Centered(((string)header["signerTitle"]!).ToUpper(CultureInfo.GetCultureInfo("vi-VN")), bold: true), new Paragraph(), Centered((string)header["signer"]!, bold: true)))));
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        body.Append(Centered("Phụ lục", bold: true));
        body.Append(Centered($"(Kèm theo Kế hoạch số {header["number"]} của Sở Thông tin và Truyền thông)"));
    }

    private static void Appendix(Body body, JsonObject plan, IReadOnlyDictionary<string, string> unitNames, Func<JsonObject, string> indexHeading)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(Widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        // A two-row header: "Cơ quan thực hiện" spans "Chủ trì" and "Phối hợp", the other titles are merged down both rows.
        TableCell Title(int column, string text) => Cell(Widths[column], new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }), Centered(text, bold: true));
        TableCell Below(int column) => Cell(Widths[column], new TableCellProperties(new VerticalMerge()), new Paragraph());
        table.Append(new TableRow(
            new TableRowProperties(new TableHeader(), new CantSplit()),
            Title(0, "STT"),
            Title(1, "Chỉ tiêu phấn đấu"),
            Title(2, "Nhiệm vụ và giải pháp thực hiện"),
            Cell(Widths[3] + Widths[4], new TableCellProperties(new GridSpan { Val = 2 }), Centered("Cơ quan thực hiện", bold: true)),
            Title(5, "Thời gian thực hiện"),
            Title(6, "Kết quả/sản phẩm")));
        table.Append(new TableRow(
            new TableRowProperties(new TableHeader(), new CantSplit()),
            Below(0),
            Below(1),
            Below(2),
            Cell(Widths[3], Centered("Chủ trì", bold: true)),
            Cell(Widths[4], Centered("Phối hợp", bold: true)),
            Below(5),
            Below(6)));

        var row = 0;
        foreach (var family in new[] { "PCI", "PGI" })
        {
            table.Append(Spanning(family == "PCI" ? "A. CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI)" : "B. CHỈ SỐ XANH CẤP TỈNH (PGI)"));
            foreach (var index in Tasks(plan, "indices").Where(i => (string)i["family"]! == family))
            {
                table.Append(Spanning(indexHeading(index)));
                var first = true;
                foreach (var task in Tasks(plan, "tasks").Where(t => (string)t["index"]! == (string)index["code"]!))
                {
                    table.Append(TaskRow(task, index, first, row++, family == "PCI" ? PciList : PgiList, unitNames));
                    first = false;
                }
            }
        }

        body.Append(table);
    }

    private static TableRow TaskRow(JsonObject task, JsonObject index, bool first, int row, int list, IReadOnlyDictionary<string, string> unitNames)
    {
        // Every third row is written decomposed (NFD), as text pasted from some PDF readers and Mac apps arrives; in
        // another, "Sở" is held to the word before it by a non-breaking space.
        string Form(string text) => (row % 3) switch
        {
            1 => text.Normalize(NormalizationForm.FormD),
            2 => text.Replace(" Sở", "\u00A0Sở", StringComparison.Ordinal),
            _ => text,
        };
        var target = first
            ? Cell(Widths[1], new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }), Para(Form((string)index["targetText"]!)))
            : Cell(Widths[1], new TableCellProperties(new VerticalMerge()), new Paragraph());
        var timeline = ((string)task["timeline"]!).Replace("Quý ", "Quý\u00A0", StringComparison.Ordinal);
        return new TableRow(
            new TableRowProperties(new CantSplit()),
            Cell(Widths[0], Listed(list, 0, "")),
            target,
            Cell(Widths[2], [.. TaskText(Form((string)task["text"]!))]),
            Cell(Widths[3], [.. Units(task["lead"]!.AsArray(), unitNames, row, Form)]),
            Cell(Widths[4], [.. Units(task["coordinating"]!.AsArray(), unitNames, row + 1, Form)]),
            Cell(Widths[5], Para(Form(timeline))),
            Cell(Widths[6], new Paragraph()));
    }

    /// <summary>"- " items as bulleted paragraphs; other text as one paragraph cut into runs, as Word splits a paragraph edited over time.</summary>
    private static IEnumerable<Paragraph> TaskText(string text)
    {
        var lines = text.Split('\n');
        if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
        {
            return lines.Select(l => Listed(BulletList, 0, l[2..]));
        }

        var cut = text.Length / 3;
        var paragraph = new Paragraph();
        foreach (var piece in new[] { text[..cut], text[cut..(2 * cut)], text[(2 * cut)..] })
        {
            paragraph.Append(new Run(new Text(piece) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return [paragraph];
    }

    /// <summary>Units one of three ways: on lines of one paragraph (w:br), one paragraph each, or ", " between them.</summary>
    private static IEnumerable<Paragraph> Units(JsonArray codes, IReadOnlyDictionary<string, string> unitNames, int row, Func<string, string> form)
    {
        var names = codes.Select(c => form(unitNames[(string)c!])).ToList();
        switch (row % 3)
        {
            case 0:
                var lines = new Paragraph();
                for (var i = 0; i < names.Count; i++)
                {
                    if (i > 0)
                    {
                        lines.Append(new Run(new Break()));
                    }

                    lines.Append(new Run(new Text(names[i])));
                }

                return [lines];
            case 1:
                return names.Select(n => Para(n));
            default:
                return [Para(string.Join(", ", names))];
        }
    }

    private static TableRow Spanning(string text) =>
        new(new TableRowProperties(new CantSplit()), Cell(Widths.Sum(), new TableCellProperties(new GridSpan { Val = Widths.Length }), Para(text, bold: true)));

    private static TableCell Cell(int width, params OpenXmlElement[] content)
    {
        var cell = new TableCell();
        var elements = content.ToList();
        var properties = elements.OfType<TableCellProperties>().FirstOrDefault() ?? new TableCellProperties();
        properties.PrependChild(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        cell.Append(properties);
        cell.Append(elements.Where(e => e is not TableCellProperties));
        return cell;
    }

    private static Paragraph Para(string text, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new Paragraph(run);
    }

    private static Paragraph Centered(string text, bool bold = false)
    {
        var paragraph = Para(text, bold);
        paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        return paragraph;
    }

    private static Paragraph Listed(int list, int level, string text, bool bold = false)
    {
        var paragraph = text.Length == 0 ? new Paragraph() : Para(text, bold);
        paragraph.PrependChild(new ParagraphProperties(
            new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = list })));
        return paragraph;
    }

    private static IEnumerable<JsonObject> Tasks(JsonNode plan, string name) => plan[name]!.AsArray().Select(n => n!.AsObject());

    private static Styles Styles() =>
        new(
            new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = "26" }))
            {
                Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
            },
            new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" }, new StyleParagraphProperties(new Indentation { Left = "720" }))
            {
                Type = StyleValues.Paragraph, StyleId = "ListParagraph",
            },
            new Style(new StyleName { Val = "Letter Item" }, new BasedOn { Val = "ListParagraph" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = LetterList })))
            {
                Type = StyleValues.Paragraph, StyleId = "LetterItem",
            });

    private static Numbering Numbering() =>
        new(
            Definition(0, NumberFormatValues.UpperRoman, "%1."),
            Definition(1, NumberFormatValues.Decimal, "%1."),
            Definition(2, NumberFormatValues.LowerLetter, "%1)"),
            Definition(3, NumberFormatValues.Decimal, "%1."),
            Definition(4, NumberFormatValues.Bullet, "-"),
            List(SectionList, 0),
            List(SubsectionList, 1),
            List(SubsectionListAgain, 1, restart: true),
            List(LetterList, 2),
            List(PciList, 3),
            List(PgiList, 3, restart: true),
            List(BulletList, 4));

    private static AbstractNum Definition(int id, NumberFormatValues format, string text) =>
        new(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
            { LevelIndex = 0 },
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%2." }) { LevelIndex = 1 })
        { AbstractNumberId = id };

    private static NumberingInstance List(int id, int definition, bool restart = false)
    {
        var list = new NumberingInstance(new AbstractNumId { Val = definition }) { NumberID = id };
        if (restart)
        {
            list.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
        }

        return list;
    }
}
