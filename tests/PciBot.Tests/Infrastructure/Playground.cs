using System.Text.Json.Nodes;

namespace PciBot.Tests.Infrastructure;

/// <summary>
/// Activities as Microsoft 365 Agents Playground (0.2.28) sends them with its stock settings: user "user-id-0" with an
/// aadObjectId that is not a GUID, a personal chat without a conversation type, client locale en-US.
/// </summary>
internal static class Playground
{
    public const string UserId = "user-id-0";
    public const string UserAadObjectId = "00000000-0000-0000-0000-0000000000020";
    public const string UserPrincipalName = "alexw@example.com";
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string BotId = "00000000-0000-0000-0000-00000000000011";
    public const string ConversationId = "5f1c0a52-7d3e-4b8f-9a61-2c4e8d7b3f90";

    public static JsonObject Message(string serviceUrl, string text, string? id = null) => new()
    {
        ["id"] = id ?? Guid.NewGuid().ToString(),
        ["timestamp"] = "2023-11-20T01:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Test Bot" },
        ["conversation"] = new JsonObject { ["id"] = ConversationId, ["tenantId"] = TenantId },
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadObjectId, ["name"] = "Alex Wilber" },
        ["type"] = "message",
        ["text"] = text,
        ["textFormat"] = "plain",
        ["localTimestamp"] = "2023-11-20T01:00:00.000Z",
        ["locale"] = "en-US",
        ["localTimezone"] = "Asia/Saigon",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["entities"] = new JsonArray
        {
            new JsonObject { ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "Asia/Saigon", ["type"] = "clientInfo" },
        },
    };

    /// <summary>The invoke the Playground sends when an Action.Execute is pressed on one of the bot's cards.</summary>
    public static JsonObject CardAction(string serviceUrl, string verb, JsonObject data, string replyToId, string id = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") => new()
    {
        ["id"] = id,
        ["timestamp"] = "2023-11-20T01:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Test Bot" },
        ["conversation"] = new JsonObject { ["id"] = ConversationId, ["tenantId"] = TenantId },
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadObjectId, ["name"] = "Alex Wilber" },
        ["name"] = "adaptiveCard/action",
        ["type"] = "invoke",
        ["localTimestamp"] = "2023-11-20T01:00:00.000Z",
        ["replyToId"] = replyToId,
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        },
        ["entities"] = new JsonArray
        {
            new JsonObject { ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "Asia/Saigon", ["type"] = "clientInfo" },
        },
        ["locale"] = "en-US",
        ["localTimezone"] = "Asia/Saigon",
    };
}
