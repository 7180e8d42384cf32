using DocumentFormat.OpenXml.Spreadsheet;

namespace PciBot.Exports;

/// <summary>The workbook's cell formats, in Times New Roman 11: the indices below are the cells' <c>StyleIndex</c>.</summary>
internal static class WorkbookStyles
{
    public const uint Header = 1;
    public const uint Text = 2;
    public const uint Moment = 3;
    public const uint Date = 4;
    public const uint Number = 5;
    public const uint BoldText = 6;
    public const uint BoldNumber = 7;

    /// <summary>Vietnam time as people there write it; "mm" after "hh" is minutes.</summary>
    public const string MomentFormat = "dd/mm/yyyy hh:mm";

    public const string DateFormat = "dd/mm/yyyy";

    private const uint MomentFormatId = 164;
    private const uint DateFormatId = 165;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = MomentFormatId, FormatCode = MomentFormat },
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormat }) { Count = 2U },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })) { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellFormats(
            new CellFormat { FontId = 0U, FillId = 0U, BorderId = 0U },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center }) { FontId = 1U, FillId = 0U, BorderId = 0U, ApplyFont = true, ApplyAlignment = true },
            Top(0, 0U),
            Top(0, MomentFormatId),
            Top(0, DateFormatId),
            Top(0, 1U),
            Top(1, 0U),
            Top(1, 1U)) { Count = 8U });

    private static CellFormat Top(uint font, uint format) =>
        new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
        {
            FontId = font,
            FillId = 0U,
            BorderId = 0U,
            NumberFormatId = format,
            ApplyFont = font != 0,
            ApplyNumberFormat = format != 0,
            ApplyAlignment = true,
        };
}
