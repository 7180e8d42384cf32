using System.Text.Json.Nodes;
using PciBot.Calendar;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Reminders;

namespace PciBot.Tests.Demo;

/// <summary>
/// The bot in Development with the repository's demo roster, its Office channel pointed at a fake connector instead of
/// the Playground's, on the guided demo's morning: Monday 11/12/2023, ten minutes before the Q4/2023 reminders.
/// </summary>
internal sealed class DemoScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset TourStart = VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(7, 50));

    private readonly string rosterCopy;

    private DemoScenario(FakeConnector connector, PciBotApp app, string rosterCopy)
    {
        Connector = connector;
        App = app;
        this.rosterCopy = rosterCopy;
    }

    public static string RosterPath => Path.Combine(RepositoryRoot.Path, "seeds", "demo-roster.json");

    public FakeConnector Connector { get; }

    public PciBotApp App { get; }

    public PlaygroundSetup Setup { get; } = PlaygroundSetup.Read();

    public static async Task<DemoScenario> StartAsync(DateTimeOffset? now = null)
    {
        var connector = await FakeConnector.StartAsync();
        var roster = JsonNode.Parse(await File.ReadAllTextAsync(RosterPath))!.AsObject();
        roster["officeChannel"]!["serviceUrl"] = connector.ServiceUrl;
        var copy = Path.Combine(Path.GetTempPath(), $"demo-roster-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(copy, roster.ToJsonString());
        var app = PciBotApp.Create(now: now ?? TourStart, settings: Dispatching.Settings(connector, more: new Dictionary<string, string?> { ["Demo:RosterFile"] = copy }));
        _ = app.Services;
        return new DemoScenario(connector, app, copy);
    }

    /// <summary>Says <paramref name="text"/> in the user's personal chat as Agents Playground sends it (locale en-US), and waits for the reply.</summary>
    public async Task<RecordedCall> SayAsync(PlaygroundUser user, string text)
    {
        var id = $"pg-{Guid.NewGuid():N}";
        var before = Connector.Calls.Count;
        var activity = Playground.Message(Connector.ServiceUrl, text, id);
        activity["from"] = new JsonObject { ["id"] = user.Id, ["aadObjectId"] = user.AadObjectId, ["name"] = user.Name };
        activity["recipient"]!["id"] = Setup.BotId;
        activity["conversation"] = new JsonObject { ["id"] = $"a:{user.Id}", ["tenantId"] = Setup.TenantId };
        activity["channelData"]!["tenant"]!["id"] = Setup.TenantId;
        using var response = await App.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"{text}: {(int)response.StatusCode}");
        return await Connector.WaitForCallAfterAsync(before, c => c.Path.EndsWith($"/activities/{id}", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        File.Delete(rosterCopy);
    }
}
