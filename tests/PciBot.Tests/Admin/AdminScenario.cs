using System.Text.Json.Nodes;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Admin;

/// <summary>Drives the admin commands and cards through /api/messages, as an admin or as someone else.</summary>
internal static class AdminScenario
{
    public const string AdminAad = "22222222-2222-2222-2222-222222222222";
    public const string AdminTeamsId = "29:admin-1";

    public static Dictionary<string, string?> Settings => new() { ["People:InitialAdmins:0"] = AdminAad };

    public static async Task<JsonObject> InvokeAsync(PciBotApp app, FakeConnector connector, JsonObject data, string aad = AdminAad, string userId = AdminTeamsId)
    {
        var activity = Activities.CardAction(connector.ServiceUrl, (string)data["verb"]!, data, userId, aad);
        using var response = await app.PostActivityAsync(activity);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(200, (int)body["statusCode"]!);
        return body["value"]!.AsObject();
    }

    /// <summary>Sends a message and returns the bot's answer (text and cards) as JSON text.</summary>
    public static async Task<string> SayAsync(PciBotApp app, FakeConnector connector, JsonObject activity)
    {
        var before = connector.Calls.Count;
        await app.PostActivityAsync(activity);
        var calls = await connector.WaitForCallsAsync(before + 1);
        return Readable(calls.Last(c => c.Method == "POST").Body!);
    }

    /// <summary>JSON with Vietnamese left as written, so assertions can look for sentences.</summary>
    public static string Readable(JsonNode node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static JsonObject Message(FakeConnector connector, string text, string aad = AdminAad, string? id = null, string locale = "vi-VN") =>
        Activities.PersonalMessage(connector.ServiceUrl, text, userId: AdminTeamsId, aadObjectId: aad, id: id, locale: locale);

    /// <summary>A personal-chat message carrying a file the way Teams delivers it: a download-info attachment with a pre-authorized URL.</summary>
    public static JsonObject FileMessage(FakeConnector connector, string name, string fileType, byte[] content, string aad = AdminAad, string? id = null)
    {
        var message = Message(connector, "", aad, id);
        message.Remove("text");
        message["attachments"] = new JsonArray
        {
            new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["contentUrl"] = $"https://contoso.sharepoint.com/personal/admin/Documents/{name}",
                ["name"] = name,
                ["content"] = new JsonObject
                {
                    ["downloadUrl"] = connector.HostFile(name, content),
                    ["uniqueId"] = Guid.NewGuid().ToString(),
                    ["fileType"] = fileType,
                },
            },
        };
        return message;
    }
}
