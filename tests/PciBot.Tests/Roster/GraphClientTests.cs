using Microsoft.Extensions.DependencyInjection;
using PciBot.Graph;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Roster;

/// <summary>The bot's Graph client against a fake Graph that is a real HTTP server on loopback.</summary>
public sealed class GraphClientTests : IAsyncLifetime
{
    private FakeGraph graph = null!;
    private FakeConnector connector = null!;
    private PciBotApp app = null!;

    private static CancellationToken Ct => CancellationToken.None;

    public async Task InitializeAsync()
    {
        graph = await FakeGraph.StartAsync();
        connector = await FakeConnector.StartAsync();
        app = PciBotApp.Create(settings: RosterScenario.Settings(connector, graph));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
        await graph.DisposeAsync();
    }

    private GraphClient Client => app.Services.GetRequiredService<GraphClient>();

    [Fact]
    public async Task FindsAUserByPrincipalNameThenByMailAndNeverGuessesBetweenTwo()
    {
        var head = graph.AddUser($"head@{RosterScenario.Domain}", "Nguyễn Văn Trưởng", $"truong@{RosterScenario.Domain}");
        graph.AddUser($"a@{RosterScenario.Domain}", "A", $"shared@{RosterScenario.Domain}");
        graph.AddUser($"b@{RosterScenario.Domain}", "B", $"shared@{RosterScenario.Domain}");

        var byPrincipal = await Client.FindUserAsync(head.UserPrincipalName, Ct);
        var byMail = await Client.FindUserAsync($"TRUONG@{RosterScenario.Domain}", Ct);
        var missing = await Client.FindUserAsync($"nobody@{RosterScenario.Domain}", Ct);
        var ambiguous = await Client.FindUserAsync($"shared@{RosterScenario.Domain}", Ct);

        Assert.Equal((GraphLookupOutcome.Found, head.Id, "Nguyễn Văn Trưởng"), (byPrincipal.Outcome, byPrincipal.User?.Id, byPrincipal.User?.DisplayName));
        Assert.Equal((GraphLookupOutcome.Found, head.Id), (byMail.Outcome, byMail.User?.Id));
        Assert.Equal(GraphLookupOutcome.NotFound, missing.Outcome);
        Assert.Equal((GraphLookupOutcome.Ambiguous, 2), (ambiguous.Outcome, ambiguous.Matches));
    }

    [Fact]
    public async Task InstallsOnceAndThenSaysItIsAlreadyInstalledAndFindsTheChat()
    {
        var user = graph.AddUser($"new@{RosterScenario.Domain}", "Người Mới");

        Assert.Null(await Client.ChatIdAsync(user.Id, Ct));
        Assert.Equal(GraphInstallOutcome.Installed, await Client.InstallAppAsync(user.Id, Ct));
        Assert.Equal(GraphInstallOutcome.AlreadyInstalled, await Client.InstallAppAsync(user.Id, Ct));
        Assert.Equal(FakeGraph.ChatOf(user.Id), await Client.ChatIdAsync(user.Id, Ct));
        Assert.Contains(graph.Calls, c => c.Method == "POST" && ((string?)c.Body?["teamsApp@odata.bind"])?.EndsWith($"/appCatalogs/teamsApps/{graph.TeamsAppId}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task TellsAMissingPermissionFromAUserWhoCannotHaveTheApp()
    {
        var unlicensed = graph.AddUser($"unlicensed@{RosterScenario.Domain}", "Chưa Có Giấy Phép");
        graph.Unlicensed(unlicensed.Id);

        Assert.Equal(GraphInstallOutcome.NotAvailable, await Client.InstallAppAsync(unlicensed.Id, Ct));
        graph.PermissionMissing = true;
        Assert.Equal(GraphInstallOutcome.PermissionMissing, await Client.InstallAppAsync(unlicensed.Id, Ct));
    }

    [Fact]
    public async Task WaitsOutThrottlingAsRetryAfterSays()
    {
        var user = graph.AddUser($"busy@{RosterScenario.Domain}", "Bận");
        graph.ThrottleNext(2, 1);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        var outcome = await Client.InstallAppAsync(user.Id, Ct);

        Assert.Equal(GraphInstallOutcome.Installed, outcome);
        Assert.Equal(3, graph.Calls.Count(c => c.Method == "POST"));
        Assert.Equal(0, graph.IgnoredRetryAfter);
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) >= TimeSpan.FromSeconds(1.9), "The client did not wait for Retry-After.");
    }
}
