using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Exports;
using PciBot.People;

namespace PciBot.Tests.Office;

public sealed class DownloadLinkTests : IAsyncLifetime
{
    private OfficeScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await OfficeScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private Uri LinkFor(string who, string file)
    {
        Assert.True(ExportFile.TryParse(file, out var export));
        var links = scenario.App.Services.GetRequiredService<ExportLinks>();
        return links.For(export, scenario.Updates.People[who]).Link;
    }

    private async Task<HttpResponseMessage> GetAsync(Uri link) => await scenario.App.CreateClient().GetAsync(link.PathAndQuery);

    [Theory]
    [InlineData("office", "rollup-2023-Q4.docx")]
    [InlineData("admin", "year-2023.docx")]
    public async Task TheOfficeAndAdminsDownloadTheWordReportBeforeTheLinkExpires(string who, string file)
    {
        var link = LinkFor(who, file);
        scenario.App.Clock.Advance(TimeSpan.FromHours(23));

        using var response = await GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RollupDocument.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(file, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains(OfficeScenario.VietnameseResult, document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfficeDownloadsTheWorkbook()
    {
        using var response = await GetAsync(LinkFor("office", "rollup-2023-Q4.xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains(document.WorkbookPart!.WorksheetParts, p => p.Worksheet!.InnerText.Contains(OfficeScenario.VietnameseResult, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("TTBCXB")]
    [InlineData("VP")]
    public async Task AGenuineLinkOfSomeoneOutsideTheOfficeIsForbidden(string who)
    {
        using var response = await GetAsync(LinkFor(who, "rollup-2023-Q4.docx"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ALinkStopsWorkingWhenItsHolderLeavesTheOffice()
    {
        var link = LinkFor("office", "rollup-2023-Q4.docx");
        await scenario.App.WithDbAsync(async db =>
        {
            var office = await db.People.FindAsync(scenario.Updates.People["office"].Id);
            office!.IsOfficeStaff = false;
            return await db.SaveChangesAsync();
        });

        using var response = await GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnExpiredLinkIsGone()
    {
        var link = LinkFor("office", "rollup-2023-Q4.docx");
        scenario.App.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(2));

        using var response = await GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("by")]
    [InlineData("until")]
    [InlineData("sig")]
    [InlineData("nosig")]
    public async Task ATamperedLinkIsNotFound(string part)
    {
        var link = LinkFor("TTBCXB", "rollup-2023-Q4.docx").PathAndQuery;
        var office = scenario.Updates.People["office"].Id;
        var tampered = part switch
        {
            "file" => link.Replace("rollup-2023-Q4.docx", "rollup-2023-Q3.docx", StringComparison.Ordinal),
            "by" => System.Text.RegularExpressions.Regex.Replace(link, @"by=\d+", $"by={office}"),
            "until" => System.Text.RegularExpressions.Regex.Replace(link, @"until=(\d+)", m => $"until={long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 86400}"),
            "sig" => link[..^3] + (link.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA"),
            _ => link[..link.IndexOf("&sig=", StringComparison.Ordinal)],
        };

        using var response = await scenario.App.CreateClient().GetAsync(tampered);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnExpiredTamperedLinkIsNotFoundRatherThanGone()
    {
        var link = LinkFor("office", "rollup-2023-Q4.docx").PathAndQuery.Replace("Q4.docx", "Q4.xlsx", StringComparison.Ordinal);
        scenario.App.Clock.Advance(TimeSpan.FromDays(2));

        using var response = await scenario.App.CreateClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void LinksPointAtThePublicAddressAndNameTheFileThePersonAndTheExpiry()
    {
        var link = LinkFor("office", "rollup-2023-Q4.docx");

        var until = OfficeScenario.Wednesday.AddHours(24).ToUnixTimeSeconds();
        Assert.StartsWith($"http://localhost:3978/exports/rollup-2023-Q4.docx?by={scenario.Updates.People["office"].Id}&until={until}&sig=", link.ToString(), StringComparison.Ordinal);
    }
}
