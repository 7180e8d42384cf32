using System.Text.Json.Nodes;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Manifest;

/// <summary>Every command the Teams app menu offers gets a real answer from the bot, not the "did not understand" reply.</summary>
public sealed class ManifestCommandsAreUnderstoodTests : IAsyncLifetime
{
    private const string AdminAad = "22222222-2222-2222-2222-222222222222";
    private FakeConnector connector = null!;
    private PciBotApp app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = PciBotApp.Create(settings: new Dictionary<string, string?> { ["People:InitialAdmins:0"] = AdminAad });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    public static TheoryData<string, string> Commands() => ManifestCommandData.AsTheoryData();

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EachManifestCommandGetsAnAnswerThatIsNotTheFallback(string scope, string title)
    {
        var activity = scope switch
        {
            "team" => Activities.ChannelMessage(connector.ServiceUrl, title),
            "groupChat" => GroupChat(Activities.PersonalMessage(connector.ServiceUrl, title)),
            _ => Activities.PersonalMessage(connector.ServiceUrl, title),
        };
        activity["from"]!["aadObjectId"] = AdminAad;

        await app.PostActivityAsync(activity);

        var reply = Assert.Single(await connector.WaitForCallsAsync(1));
        var text = $"{(string?)reply.Body!["text"]} {reply.CardText}";
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("chưa hiểu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("did not understand", text, StringComparison.Ordinal);
    }

    private static JsonObject GroupChat(JsonObject activity)
    {
        activity["conversation"] = new JsonObject { ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = Activities.TenantId, ["id"] = "19:group@thread.v2" };
        return activity;
    }
}
