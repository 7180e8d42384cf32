using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.People;
using PciBot.Registry;
using PciBot.Tests.Updates;
using PciBot.Updates;
using Xunit.Abstractions;

namespace PciBot.Tests.Status;

/// <summary>
/// One status model, one answer: through a reporting quarter (Q4/2023, whose monthly task 19 is cut off on 14/10, 14/11
/// and 14/12, and whose deadline task 8 falls on 31/12) with reports on time, late, blocked and requests for more time,
/// every surface that covers a period lists the same overdue lines (task, unit, cut-off) for it, and says as many.
/// </summary>
public sealed class OverdueAgreementTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] HeadedUnits = ["VP", "TTBCXB", "CNTTBCVT", "CONG_TTDT"];

    private UpdateScenario scenario = null!;
    private OverdueSurfaces surfaces = null!;
    private Dictionary<string, string> names = null!;
    private List<string> tasks = null!;

    public async Task InitializeAsync()
    {
        scenario = await UpdateScenario.StartAsync(now: At(2023, 10, 12, 9, 0));
        surfaces = new OverdueSurfaces(scenario);
        names = await scenario.App.WithDbAsync(db => db.Units.ToDictionaryAsync(u => u.Code, u => u.Name));
        tasks = await scenario.App.WithDbAsync(db => db.Tasks.OrderBy(t => t.Family).ThenBy(t => t.Number).Select(t => $"{(t.Family == IndexFamily.Pci ? "PCI" : "PGI")} {t.Number}").ToListAsync());
    }

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        VietnamTime.AtLocal(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    [Fact]
    public async Task EverySurfaceListsTheSameOverdueLinesForThePeriodsItCoversAtEveryClockOfTheQuarter()
    {
        await SubmitAsync("TTBCXB", 19, "2023-M10", "InProgress");

        scenario.App.Clock.SetUtcNow(At(2023, 10, 13, 9, 0));
        Assert.Empty(await AgreedOverdueAsync("before the first cut-off of the quarter"));

        scenario.App.Clock.SetUtcNow(At(2023, 10, 16, 9, 0));
        await SubmitAsync("VP", 19, "2023-M10", "Done");
        await RequestMoreTimeAsync("CNTTBCVT", 19, "2023-M10", "2023-10-25");

        scenario.App.Clock.SetUtcNow(At(2023, 10, 20, 9, 0));
        Assert.Equal([Line(19, "CNTTBCVT", "14/10/2023")], await AgreedOverdueAsync("after October's cut-off of task 19"));

        scenario.App.Clock.SetUtcNow(At(2023, 11, 10, 9, 0));
        await SubmitAsync("CNTTBCVT", 19, "2023-M10", "InProgress");
        await SubmitAsync("VP", 19, "2023-M11", "InProgress");
        await SubmitAsync("TTBCXB", 102, "2023-Q4", "Blocked", obstacles: "Thiếu kinh phí");

        scenario.App.Clock.SetUtcNow(At(2023, 11, 20, 9, 0));
        var november = await AgreedOverdueAsync("between the monthly cut-offs of task 19");
        Assert.Equal([Line(19, "TTBCXB", "14/11/2023"), Line(19, "CNTTBCVT", "14/11/2023")], november);

        scenario.App.Clock.SetUtcNow(At(2023, 12, 11, 9, 0));
        await SubmitAsync("VP", 1, "2023-Q4", "Done");
        await SubmitAsync("CONG_TTDT", 1, "2023-Q4", "InProgress");
        await RequestMoreTimeAsync("CNTTBCVT", 4, "2023-Q4", "2023-12-22");

        scenario.App.Clock.SetUtcNow(At(2023, 12, 14, 8, 30));
        Assert.Equal(november, await AgreedOverdueAsync("on the morning of the quarter's cut-off"));

        scenario.App.Clock.SetUtcNow(At(2023, 12, 15, 9, 0));
        var after = await AgreedOverdueAsync("the day after the quarter's cut-off");
        Assert.Superset(new HashSet<OverdueLine> { Line(19, "TTBCXB", "14/11/2023"), Line(19, "VP", "14/12/2023"), Line(2, "VP", "14/12/2023"), Line(4, "CNTTBCVT", "14/12/2023") }, after);
        Assert.DoesNotContain(Line(1, "VP", "14/12/2023"), after);
        Assert.DoesNotContain(Line(1, "CONG_TTDT", "14/12/2023"), after);
        Assert.DoesNotContain(Line(102, "TTBCXB", "14/12/2023"), after);
        Assert.DoesNotContain(after, l => l.Task is "PCI 8" or "PCI 10");

        scenario.App.Clock.SetUtcNow(At(2024, 1, 2, 9, 0));
        var january = await AgreedOverdueAsync("after the deadline of task 8, in the next quarter");
        Assert.Contains(Line(8, "CNTTBCVT", "31/12/2023"), january);
        Assert.Equal(after.Count + 1, january.Count);
    }

    /// <summary>
    /// Reads every surface at the current clock, requires that they agree, and returns the overdue lines of the two
    /// quarters the overdue question covers.
    /// </summary>
    private async Task<HashSet<OverdueLine>> AgreedOverdueAsync(string when)
    {
        var office = scenario.People["office"];
        var byQuarter = new Dictionary<string, HashSet<OverdueLine>>();
        foreach (var (quarter, words) in new[] { ("previous", "quý trước"), ("current", "quý này") })
        {
            var digest = OverdueSurfaces.Digest((await surfaces.AskAsync(office, words == "quý này" ? "bản tin" : "bản tin quý trước")).Card);
            var rollup = OverdueSurfaces.RollupCard((await surfaces.AskAsync(office, $"tổng hợp {words}")).Card);
            var workbook = OverdueSurfaces.Workbook(await DownloadExcelAsync(office, words == "quý này" ? "xuất báo cáo" : "xuất báo cáo quý trước"));
            var notReported = OverdueSurfaces.StatusList(await surfaces.PagesAsync(office, $"ai chưa báo cáo {words}"), unitSections: true);
            var due = OverdueSurfaces.StatusList(await surfaces.PagesAsync(office, $"việc đến hạn {words}"), unitSections: false);

            var reference = notReported.Lines;
            var label = $"{when}, {quarter} quarter";
            Same(reference, digest.Lines, $"{label}: the digest's \"Chưa báo cáo\"");
            Assert.True(
                reference.GroupBy(l => l.Unit).All(g => digest.CountByUnit.GetValueOrDefault(g.Key) == g.Count()) && digest.CountByUnit.Values.Sum() == reference.Count,
                $"{label}: the digest counts {Show(digest.CountByUnit)} overdue lines by unit, the lines are {Show(reference)}");
            Assert.Equal(reference.Count, digest.ListedTotal);
            Assert.Subset(reference, digest.Listed.ToHashSet());
            Same(reference, rollup, $"{label}: the rollup card");
            Same(reference, workbook, $"{label}: the Excel export");
            Same(reference, due.Lines, $"{label}: what is due");
            Assert.True((notReported.Stated ?? 0) == reference.Count, $"{label}: who has not reported says {notReported.Stated} overdue for {reference.Count} lines");
            Assert.True((due.Stated ?? 0) == reference.Count, $"{label}: what is due says {due.Stated} overdue for {reference.Count} lines");
            byQuarter[quarter] = reference;
        }

        var window = byQuarter["previous"].Union(byQuarter["current"]).ToHashSet();
        var overdue = OverdueSurfaces.StatusList(await surfaces.PagesAsync(office, "việc nào quá hạn"), unitSections: false);
        Same(window, overdue.Lines, $"{when}: what is overdue");
        Assert.True((overdue.Stated ?? 0) == window.Count, $"{when}: what is overdue says {overdue.Stated} for {window.Count} lines");

        var cards = new HashSet<OverdueLine>();
        foreach (var task in tasks)
        {
            cards.UnionWith(OverdueSurfaces.TaskCard(task, (await surfaces.AskAsync(office, $"nhiệm vụ {task} thế nào")).Card));
        }

        Same(window, cards, $"{when}: the task cards");

        foreach (var code in HeadedUnits)
        {
            var pages = await surfaces.PagesAsync(scenario.Head(code), "việc của tôi");
            var mine = OverdueSurfaces.StatusList(pages, unitSections: false);
            Assert.Subset(window, mine.Lines);
            var own = window.Count(l => l.Unit == names[code]);
            var shown = mine.Lines.Count(l => l.Unit == names[code]);
            var left = OverdueSurfaces.EarlierOverdue(pages);
            Assert.True(shown + left == own, $"{when}: my tasks of {code} show {shown} overdue lines of the unit and say {left} more, of {own}");
            Assert.True((mine.Stated ?? 0) == mine.Lines.Count, $"{when}: my tasks of {code} say {mine.Stated} overdue for {mine.Lines.Count} lines shown");
            var ofUnit = OverdueSurfaces.StatusList(await surfaces.PagesAsync(scenario.Head(code), $"việc quá hạn của {names[code]}"), unitSections: false);
            Same(window.Where(l => l.Unit == names[code]).ToHashSet(), ofUnit.Lines, $"{when}: what is overdue for {code}");
        }

        output.WriteLine($"{when}: {window.Count} overdue lines: {Show(window)}");
        return window;
    }

    private static void Same(HashSet<OverdueLine> expected, HashSet<OverdueLine> actual, string surface) =>
        Assert.True(
            expected.SetEquals(actual),
            $"{surface} disagrees. Missing: {Show(expected.Except(actual))}. Extra: {Show(actual.Except(expected))}.");

    private static string Show(IEnumerable<OverdueLine> lines) => string.Join("; ", lines.OrderBy(l => l.ToString(), StringComparer.Ordinal));

    private static string Show(Dictionary<string, int> counts) => string.Join("; ", counts.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}"));

    private OverdueLine Line(int task, string unit, string cutOff) => new(task > 100 ? $"PGI {task - 100}" : $"PCI {task}", names[unit], cutOff);

    private async Task<byte[]> DownloadExcelAsync(Person office, string command)
    {
        var card = (await surfaces.AskAsync(office, command)).Card!;
        var link = CardJson.Descendants(card).Select(o => (string?)o["url"]).Single(u => u is not null && u.Contains(".xlsx?", StringComparison.Ordinal));
        using var client = scenario.App.CreateClient();
        return await client.GetByteArrayAsync(new Uri(link!).PathAndQuery);
    }

    private async Task SubmitAsync(string unit, int task, string periodKey, string status, string obstacles = "")
    {
        var data = UpdateScenario.Entered(UpdateScenario.Data(ProgressVerbs.Submit, await TaskIdAsync(task), scenario.Unit(unit), periodKey), status, "50", "Đã triển khai", obstacles, "");
        var (code, body) = await scenario.InvokeAsync(scenario.Head(unit), data);
        Assert.Equal(System.Net.HttpStatusCode.OK, code);
        Assert.Contains("Đã cập nhật", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
    }

    private async Task RequestMoreTimeAsync(string unit, int task, string periodKey, string until)
    {
        var data = UpdateScenario.Data(ProgressVerbs.Extend, await TaskIdAsync(task), scenario.Unit(unit), periodKey);
        data[ProgressFields.ExtendTo] = until;
        data[ProgressFields.ExtendReason] = "Chờ số liệu của Sở KH&ĐT";
        var (code, _) = await scenario.InvokeAsync(scenario.Head(unit), data);
        Assert.Equal(System.Net.HttpStatusCode.OK, code);
    }

    private Task<int> TaskIdAsync(int task)
    {
        var (family, number) = task > 100 ? (IndexFamily.Pgi, task - 100) : (IndexFamily.Pci, task);
        return scenario.App.WithDbAsync(db => db.Tasks.Where(t => t.Family == family && t.Number == number).Select(t => t.Id).SingleAsync());
    }
}
