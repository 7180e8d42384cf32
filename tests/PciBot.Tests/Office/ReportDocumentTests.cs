using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Exports;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Office;

/// <summary>The Word report opened with OpenXml: the blocks of Decree 30/2020/NĐ-CP in their order, its sections, its body.</summary>
public sealed class ReportDocumentTests : IAsyncLifetime
{
    private const string Signer = "Trần Thị Bình";
    private const string SevenProposals = "Tổng hợp 7 kiến nghị của doanh nghiệp, chuyển các sở, ngành xử lý.";
    private const string LateReason = "Số liệu của các phòng gửi chậm";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Exports:Report:Signer:Name"] = Signer,
        ["Exports:Report:Recipients:0"] = "Như trên",
        ["Exports:Report:Recipients:1"] = "UBND tỉnh (để b/c)",
        ["Exports:Report:Recipients:2"] = "Lưu: VT, VP",
    };

    private OfficeScenario scenario = null!;

    public async Task InitializeAsync()
    {
        scenario = await OfficeScenario.StartAsync(Settings);
        await scenario.AddAsync("PCI 7", "TTBCXB", "2023-Q4", ProgressStatus.InProgress, 80, SevenProposals, null, new DateOnly(2023, 12, 12));
        await scenario.AddAsync("PCI 19", "VP", "2023-M10", ProgressStatus.Done, 100, "Gửi báo cáo tháng 10", LateReason, new DateOnly(2023, 11, 6));
    }

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task ReportHasTheDecreeBlocksInOrderWithTheSignerAndRecipientsFromTheSettings()
    {
        using var document = await DownloadAsync();
        var paragraphs = Paragraphs(document);

        int At(string text) => paragraphs.FindIndex(p => p == text) is var i and >= 0 ? i : throw new Xunit.Sdk.XunitException($"no paragraph '{text}' in:\n{string.Join("\n", paragraphs)}");
        var order = new[]
        {
            At("UBND TỈNH KHÁNH HÒA"), At("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), At("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), At("Độc lập - Tự do - Hạnh phúc"),
            paragraphs.FindIndex(p => p.StartsWith("Số:", StringComparison.Ordinal) && p.EndsWith("/BC-STTTT", StringComparison.Ordinal)),
            At("Khánh Hòa, ngày 13 tháng 12 năm 2023"), At("BÁO CÁO"), At("Kính gửi: Sở Kế hoạch và Đầu tư."),
            At(ReportTexts.ResultsByIndex), At(ReportTexts.AssessmentSection), At(ReportTexts.AssessmentToWrite),
            At("Nơi nhận:"), At("- Như trên;"), At("- UBND tỉnh (để b/c);"), At("- Lưu: VT, VP."),
            At("KT. GIÁM ĐỐC"), At("PHÓ GIÁM ĐỐC"), At(Signer), At(ReportTexts.Appendix),
        };
        Assert.Equal(order.Order(), order);
        Assert.True(order[0] >= 0 && order[4] > order[3]);
        Assert.DoesNotContain("- Giám đốc Sở (để b/c);", paragraphs);

        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.True(RunOf(body, Signer).RunProperties!.Bold is not null);
        var recipients = RunOf(body, "Nơi nhận:").RunProperties!;
        Assert.True(recipients.Bold is not null && recipients.Italic is not null);
        Assert.Equal("24", recipients.FontSize!.Val);
        Assert.Equal("22", RunOf(body, "- Như trên;").RunProperties!.FontSize!.Val);
        Assert.NotNull(RunOf(body, ReportTexts.AssessmentToWrite).RunProperties!.Highlight);
        Assert.All(body.Descendants<RunFonts>(), f => Assert.Equal("Times New Roman", f.Ascii));
    }

    [Fact]
    public async Task ReportIsPortraitA4WithTheDecreeMarginsAndItsAppendixIsALandscapeSectionWithItsHeaderRowRepeated()
    {
        using var document = await DownloadAsync();
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = document.MainDocumentPart!.Document!.Body!;
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);

        var (report, appendix) = (sections[0], sections[1]);
        var size = report.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        Assert.True(size.Orient is null || size.Orient.Value == PageOrientationValues.Portrait);
        var margin = report.GetFirstChild<PageMargin>()!;
        Assert.InRange(Millimetres(margin.Top!.Value), 20, 25);
        Assert.InRange(Millimetres(margin.Bottom!.Value), 20, 25);
        Assert.InRange(Millimetres((int)margin.Left!.Value), 30, 35);
        Assert.InRange(Millimetres((int)margin.Right!.Value), 15, 20);
        Assert.NotNull(report.GetFirstChild<TitlePage>());

        var landscape = appendix.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, landscape.Orient!.Value);
        Assert.True(landscape.Width!.Value > landscape.Height!.Value);

        // The appendix table comes after the paragraph that ends the portrait section, and fits the landscape page.
        var endOfReport = sections[0].Ancestors<Paragraph>().Single();
        var table = body.Elements<Table>().Last();
        Assert.True(body.ChildElements.ToList().IndexOf(table) > body.ChildElements.ToList().IndexOf(endOfReport));
        var appendixMargin = appendix.GetFirstChild<PageMargin>()!;
        var textWidth = (int)landscape.Width.Value - (int)appendixMargin.Left!.Value - (int)appendixMargin.Right!.Value;
        Assert.InRange(table.Elements<TableGrid>().Single().Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)), textWidth - 300, textWidth);
        var header = table.Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(1, table.Elements<TableRow>().Count(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null));

        var page = document.MainDocumentPart.HeaderParts.Single().Header!;
        Assert.Contains(page.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
    }

    [Fact]
    public async Task BodySaysPerIndexWhatWasDoneWhatIsLateAndWhyAndWhatIsProposedAndLeavesEachLinesStatusToTheAppendix()
    {
        using var document = await DownloadAsync();
        var paragraphs = Paragraphs(document);
        var section = paragraphs.SkipWhile(p => p != ReportTexts.ResultsByIndex).TakeWhile(p => p != ReportTexts.AssessmentSection).ToList();
        var rollup = await scenario.RollupAsync();
        Assert.Equal(rollup.Indices.Count, section.Count(p => rollup.Indices.Any(i => p.Contains($"{i.Code}. {i.Name}", StringComparison.Ordinal))));

        var firstIndex = IndexParagraphs(section, rollup.Indices[0].Code);
        Assert.Contains(firstIndex, p => p.StartsWith("Kết quả, sản phẩm:", StringComparison.Ordinal) && p.Contains($"Văn phòng Sở (nhiệm vụ PCI 1, hoàn thành 100%): {OfficeScenario.VietnameseResult}", StringComparison.Ordinal) && p.Contains(OfficeScenario.Contribution, StringComparison.Ordinal));

        var late = section.Single(p => p.StartsWith("Chậm tiến độ:", StringComparison.Ordinal) && p.Contains("PCI 19", StringComparison.Ordinal));
        Assert.Contains($"nhiệm vụ PCI 19 (tháng 10/2023) của Văn phòng Sở hoàn thành quá hạn, lý do: {LateReason}", late, StringComparison.Ordinal);
        Assert.Contains("nhiệm vụ PCI 19 (tháng 11/2023) của Văn phòng Sở quá hạn chưa báo cáo", late, StringComparison.Ordinal);
        Assert.Contains(section, p => p.StartsWith("Chậm tiến độ:", StringComparison.Ordinal) && p.Contains($"nhiệm vụ PGI 2 của Phòng TTBCXB vướng mắc, lý do: {OfficeScenario.Obstacle}", StringComparison.Ordinal));

        var all = string.Join("\n", paragraphs);
        Assert.Contains(SevenProposals, all, StringComparison.Ordinal);
        Assert.DoesNotContain(SevenProposals + ".", all, StringComparison.Ordinal);
        Assert.DoesNotContain(section, p => p.Contains("(quý trước:", StringComparison.Ordinal));
        var appendix = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Last().InnerText;
        Assert.Contains("(quý trước: Đã báo cáo, 50%)", appendix, StringComparison.Ordinal);
        Assert.Contains(SevenProposals.TrimEnd('.'), appendix, StringComparison.Ordinal);
        Assert.DoesNotContain(SevenProposals + ".", appendix, StringComparison.Ordinal);
    }

    [Fact]
    public void ASymbolThatIsNotOneStopsTheStartNamingTheKey()
    {
        var error = PciBotApp.StartFailure(new Dictionary<string, string?> { ["Exports:Report:Symbol"] = "bc stttt" });

        Assert.Contains("Exports:Report:Symbol 'bc stttt'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeputyWithoutATitleStopsTheStart()
    {
        var error = PciBotApp.StartFailure(new Dictionary<string, string?> { ["Exports:Report:Signer:Title"] = "" });

        Assert.Contains("Exports:Report:Signer:Title", error, StringComparison.Ordinal);
    }

    /// <summary>The paragraphs of the index whose heading names <paramref name="code"/>, up to the next index's heading.</summary>
    private static List<string> IndexParagraphs(List<string> section, string code)
    {
        var start = section.FindIndex(p => p.Contains($" {code}. ", StringComparison.Ordinal));
        return section.Skip(start + 1).TakeWhile(p => !char.IsDigit(p[0])).ToList();
    }

    private async Task<WordprocessingDocument> DownloadAsync()
    {
        Assert.True(ReportingPeriods.TryParse("2023-Q4", out var quarter));
        await using var scope = scenario.App.Scope();
        var content = await scope.ServiceProvider.GetRequiredService<ExportRenderer>().RenderAsync(ExportFile.Rollup(quarter, word: true), CancellationToken.None);
        return WordprocessingDocument.Open(new MemoryStream(content!), false);
    }

    private static List<string> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

    private static Run RunOf(Body body, string text) => body.Descendants<Run>().First(r => r.InnerText == text);

    private static double Millimetres(int twips) => twips / 56.7;
}
