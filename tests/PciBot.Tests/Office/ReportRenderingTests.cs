using PciBot.Exports;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Office;

/// <summary>
/// The Word report as the Office prints it: rendered to PDF by LibreOffice (Times New Roman is Liberation Serif there,
/// with the same metrics) and read back page by page. Set <c>PCIBOT_REPORT_RENDER_DIR</c> to keep the .docx and the
/// PDF, e.g. to refresh the pictures in docs/report.
/// </summary>
public sealed class ReportRenderingTests : IAsyncLifetime
{
    private const string LateReason = "Số liệu của các phòng gửi chậm";

    private OfficeScenario scenario = null!;
    private string directory = null!;

    public async Task InitializeAsync()
    {
        scenario = await OfficeScenario.StartAsync();
        await scenario.AddAsync("PCI 19", "VP", "2023-M10", ProgressStatus.Done, 100, "Gửi báo cáo tháng 10 về chỉ số PCI cho Sở Kế hoạch và Đầu tư.", LateReason + ".", new DateOnly(2023, 11, 6));
        await scenario.AddAsync("PCI 7", "TTBCXB", "2023-Q4", ProgressStatus.InProgress, 80, "Tổng hợp 7 kiến nghị của doanh nghiệp, chuyển các sở, ngành xử lý.", null, new DateOnly(2023, 12, 12));
        await scenario.AddAsync("PCI 4", "CNTTBCVT", "2023-Q4", ProgressStatus.Done, 100, "Nâng cấp Cổng dữ liệu mở của tỉnh, công bố 120 bộ dữ liệu", "Đề nghị bố trí kinh phí duy trì năm 2024", new DateOnly(2023, 12, 12));
        directory = Directory.CreateTempSubdirectory("pcibot-report-").FullName;
    }

    public async Task DisposeAsync()
    {
        await scenario.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [LibreOfficeFact]
    public async Task PrintedReportKeepsEachHeadingLineWholeOnPortraitPagesAndTheAppendixOnLandscapeOnes()
    {
        var options = new ReportOptions { Signer = { Name = "Nguyễn Văn An" } };
        var rollup = await scenario.RollupAsync();
        var document = Path.Combine(directory, "rollup-2023-Q4.docx");
        await using (var file = File.Create(document))
        {
            RollupDocument.Write(rollup, "Quý IV/2023", file, options);
        }

        var pdf = await LibreOffice.ToPdfAsync(document);
        Keep(document, pdf);
        var pages = await LibreOffice.PagesAsync(pdf);
        var sizes = await LibreOffice.PageSizesAsync(pdf, pages.Count);

        var firstPage = pages[0].Split('\n');
        foreach (var line in new[] { "UBND TỈNH KHÁNH HÒA", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", ReportTexts.Nation, ReportTexts.Motto, "/BC-STTTT", "Khánh Hòa, ngày 13 tháng 12 năm 2023", "BÁO CÁO", "Kính gửi: Sở Kế hoạch và Đầu tư." })
        {
            Assert.True(firstPage.Any(l => l.Contains(line, StringComparison.Ordinal)), $"'{line}' is not whole on one line of the first page:\n{pages[0]}");
        }

        var appendixStart = pages.ToList().FindIndex(p => p.Contains(ReportTexts.AppendixTitle, StringComparison.Ordinal));
        Assert.True(appendixStart > 0, "no page starts the appendix");
        var signature = string.Join("\n", pages.Take(appendixStart));
        foreach (var line in new[] { "Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An" })
        {
            Assert.Contains(line, signature, StringComparison.Ordinal);
        }

        Assert.All(sizes.Take(appendixStart), s => Assert.True(s.Width < s.Height, $"a report page is {s.Width} × {s.Height} pt"));
        Assert.All(sizes.Skip(appendixStart), s => Assert.True(s.Width > s.Height, $"an appendix page is {s.Width} × {s.Height} pt"));
        Assert.Equal(pages.Count, sizes.Count);

        var appendix = pages.Skip(appendixStart).SelectMany(p => p.Split('\n')).ToList();
        foreach (var key in rollup.Tasks.Select(t => t.Key.ToString()))
        {
            Assert.Contains(appendix, l => l.TrimStart().StartsWith(key + " ", StringComparison.Ordinal));
        }

        var headerRows = pages.Skip(appendixStart).Count(p => p.Contains(ReportTexts.Coordinating, StringComparison.Ordinal) && p.Contains(ReportTexts.Timeline.Split(' ')[0], StringComparison.Ordinal));
        Assert.Equal(pages.Count - appendixStart, headerRows);
    }

    private static void Keep(params string[] files)
    {
        if (Environment.GetEnvironmentVariable("PCIBOT_REPORT_RENDER_DIR") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
            }
        }
    }
}
