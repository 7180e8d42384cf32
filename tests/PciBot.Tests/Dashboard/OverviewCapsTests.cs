using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Dashboard;
using PciBot.Digests;
using PciBot.People;
using PciBot.Registry;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Dashboard;

/// <summary>
/// The overview of a registry larger than its lists: 250 more tasks led by 30 more units, none reported, a week after the
/// quarter's cut-off. The overview lists the first tasks and units and says how many more; their own pages list the rest.
/// </summary>
public sealed partial class OverviewCapsTests : IAsyncLifetime
{
    private const string Quarter = "2024-Q4";

    private const string Office = "aad-caps-office";

    private const int AddedUnits = 30;

    private const int AddedTasks = 250;

    private PciBotApp app = null!;

    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        app = PciBotApp.Create(now: VietnamTime.AtLocal(new DateOnly(2025, 1, 8), new TimeOnly(9, 0)));
        await app.WithDbAsync(SeedAsync);
        http = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        using var signIn = await http.GetAsync(new Uri($"/tab/dev-signin?as={Office}&returnUrl=/tab/downloads", UriKind.Relative));
        signIn.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task TheOverviewListsTheFirst50TasksAndLinksToTheWholeList()
    {
        var total = await app.WithDbAsync(db => db.Tasks.CountAsync(t => !t.IsArchived));
        var html = await PageAsync($"/tab/overview?quarter={Quarter}");

        var shown = TaskRows(html);
        Assert.Equal(OverviewModel.OverviewTasks, shown.Count);
        Assert.Equal((await OrderedTaskKeysAsync()).Take(OverviewModel.OverviewTasks), shown);
        Assert.Contains($"Nhiệm vụ 1–{OverviewModel.OverviewTasks} trong {total}", Text(html), StringComparison.Ordinal);
        Assert.Contains($"href=\"/tab/overview/tasks?quarter={Quarter}&page=1\">Xem tất cả {total} nhiệm vụ", Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTaskListGoesOnPageByPageToItsLastTaskThroughItsLinks()
    {
        var keys = await OrderedTaskKeysAsync();
        Assert.True(keys.Count > OverviewModel.TasksPerPage, "the registry needs a second page");

        var first = await PageAsync(Link(await PageAsync($"/tab/overview?quarter={Quarter}"), "next"));
        Assert.Equal(keys.Take(OverviewModel.TasksPerPage), TaskRows(first));
        Assert.Null(LinkOrNull(first, "prev"));

        var second = await PageAsync(Link(first, "next"));
        Assert.Equal(keys.Skip(OverviewModel.TasksPerPage), TaskRows(second));
        Assert.Contains($"Nhiệm vụ {OverviewModel.TasksPerPage + 1}–{keys.Count} trong {keys.Count}", Text(second), StringComparison.Ordinal);
        Assert.Null(LinkOrNull(second, "next"));
        Assert.Equal(TaskRows(first), TaskRows(await PageAsync(Link(second, "prev"))));

        Assert.Empty(TaskRows(await PageAsync($"/tab/overview/tasks?quarter={Quarter}&page=3")));
    }

    [Fact]
    public async Task TheOverviewNames20UnitsNotReportedWith8LinesEachAndTheirPageNamesEveryLine()
    {
        var digest = await DigestAsync();
        Assert.True(digest.NotReported.Count > OverviewModel.OverviewNotReported, "more units than the overview lists");
        var longest = digest.NotReported.MaxBy(u => u.Overdue.Count + u.Due.Count)!;
        Assert.True(longest.Overdue.Count + longest.Due.Count > OverviewModel.OverviewBadges, "a unit with more lines than the overview lists");

        var overview = await PageAsync($"/tab/overview?quarter={Quarter}");
        var units = UnitsNotReported(overview);
        Assert.Equal(digest.NotReported.Take(OverviewModel.OverviewNotReported).Select(u => u.UnitName), units.Select(u => u.Name));
        foreach (var (name, badges) in units)
        {
            var unit = digest.NotReported.Single(u => u.UnitName == name);
            var lines = unit.Overdue.Count + unit.Due.Count;
            Assert.Equal(Math.Min(lines, OverviewModel.OverviewBadges), badges.Count(b => b.StartsWith("line", StringComparison.Ordinal)));
            Assert.Equal(lines > OverviewModel.OverviewBadges ? [$"more và {lines - OverviewModel.OverviewBadges} dòng khác"] : [], badges.Where(b => b.StartsWith("more", StringComparison.Ordinal)));
        }

        Assert.Contains($"Xem đủ {digest.NotReported.Count} đơn vị chưa báo cáo", Text(overview), StringComparison.Ordinal);

        var all = UnitsNotReported(await PageAsync($"/tab/overview/not-reported?quarter={Quarter}"));
        Assert.Equal(digest.NotReported.Select(u => u.UnitName), all.Select(u => u.Name));
        var whole = all.Single(u => u.Name == longest.UnitName).Badges;
        Assert.Equal(longest.Overdue.Count + longest.Due.Count, whole.Count);
        Assert.DoesNotContain(whole, b => b.StartsWith("more", StringComparison.Ordinal));
    }

    private async Task<string> PageAsync(string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Text(string html) => WebUtility.HtmlDecode(html);

    /// <summary>Where a browser goes from the page's link with this <c>rel</c>: the attribute's value, decoded once.</summary>
    private static string Link(string html, string rel) => LinkOrNull(html, rel) ?? throw new Xunit.Sdk.XunitException($"no rel=\"{rel}\" link");

    private static string? LinkOrNull(string html, string rel) =>
        Regex.Match(html, $"<a rel=\"{rel}\"[^>]* href=\"([^\"]+)\"") is { Success: true } link ? WebUtility.HtmlDecode(link.Groups[1].Value) : null;

    private async Task<Digest> DigestAsync()
    {
        Assert.True(ReportingPeriods.TryParse(Quarter, out var quarter));
        await using var scope = app.Scope();
        return (await scope.ServiceProvider.GetRequiredService<DigestBuilder>().BuildAsync(quarter, VietnamTime.AtLocal(quarter.Start, TimeOnly.MinValue), CancellationToken.None))!;
    }

    /// <summary>The tasks in the order of the plan's report: index by index, each index's tasks by family and number.</summary>
    private Task<List<string>> OrderedTaskKeysAsync() => app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.Include(p => p.Indices).Include(p => p.Tasks).SingleAsync();
        return plan.Indices.OrderBy(i => i.Family).ThenBy(i => i.Order)
            .SelectMany(i => plan.Tasks.Where(t => t.IndexId == i.Id && !t.IsArchived).OrderBy(t => t.Family).ThenBy(t => t.Number))
            .Select(t => t.Key.ToString())
            .ToList();
    });

    private static List<string> TaskRows(string html)
    {
        var table = html[html.IndexOf("<table id=\"table-tasks\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return [.. TaskRow().Matches(table).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    /// <summary>Each unit of the "not reported" list with its badges: "line" for a line, "more …" for the count of the rest.</summary>
    private static List<(string Name, List<string> Badges)> UnitsNotReported(string html)
    {
        var list = html[html.IndexOf("id=\"not-reported-list\"", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</section>", StringComparison.Ordinal)];
        return [.. UnitItem().Matches(list).Select(m => (
            WebUtility.HtmlDecode(m.Groups[1].Value),
            Badge().Matches(m.Groups[2].Value).Select(b => b.Groups[1].Success ? "line" : "more " + WebUtility.HtmlDecode(b.Groups[2].Value).Trim()).ToList()))];
    }

    private static async Task<int> SeedAsync(PciBot.Data.PciBotDbContext db)
    {
        var plan = await db.Plans.Include(p => p.Tasks).SingleAsync();
        var template = plan.Tasks.Single(t => t.Family == IndexFamily.Pci && t.Number == 1);
        var units = Enumerable.Range(1, AddedUnits).Select(i => new Unit
        {
            Code = string.Create(CultureInfo.InvariantCulture, $"CAPS{i:00}"),
            Name = string.Create(CultureInfo.InvariantCulture, $"Đơn vị {i:00}"),
            FullName = string.Create(CultureInfo.InvariantCulture, $"Đơn vị thử {i:00}"),
            Internal = true,
        }).ToList();
        db.Units.AddRange(units);
        db.People.Add(new Person { AadObjectId = Office, Name = "Văn phòng", IsOfficeStaff = true });
        await db.SaveChangesAsync();

        // Reported every quarter (cut-off on the quarter's last day), each led by one unit in turn: ten units lead nine
        // tasks, the others eight.
        var next = plan.Tasks.Where(t => t.Family == IndexFamily.Pci).Max(t => t.Number);
        db.Tasks.AddRange(Enumerable.Range(0, AddedTasks).Select(i => new PlanTask
        {
            PlanId = plan.Id,
            Family = IndexFamily.Pci,
            Number = ++next,
            IndexId = template.IndexId,
            Text = template.Text,
            Timeline = template.Timeline,
            Cadence = Cadence.Ongoing,
            Units = [new TaskUnit { UnitId = units[i % AddedUnits].Id, Role = TaskUnitRole.Lead }],
        }));
        return await db.SaveChangesAsync();
    }

    [GeneratedRegex("<tr data-task=\"([^\"]+)\"")]
    private static partial Regex TaskRow();

    [GeneratedRegex("<li data-unit=\"([^\"]+)\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex UnitItem();

    [GeneratedRegex("<li class=\"badge\"(?:( data-status=\"[^\"]+\")>|>([^<]*))")]
    private static partial Regex Badge();
}
