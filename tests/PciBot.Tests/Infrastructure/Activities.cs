using System.Text.Json.Nodes;

namespace PciBot.Tests.Infrastructure;

/// <summary>Realistic Teams activities for driving the host.</summary>
internal static class Activities
{
    public const string BotId = "28:00000000-0000-0000-0000-0000000000b0";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>The root message of the channel thread a <see cref="ChannelMessage"/> without an id is posted in.</summary>
    public const string ChannelThread = "1700000000000";

    /// <summary>An activity id no other activity has, as Teams gives each message its own (the bot recognises a repeated one as a redelivery).</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static JsonObject PersonalMessage(string serviceUrl, string text, string userId = "29:user-1", string aadObjectId = "aad-user-1", string locale = "vi-VN", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? NewId("msg"),
        ["timestamp"] = "2023-11-20T01:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Nguyễn Văn A", ["aadObjectId"] = aadObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = $"a:personal-{userId}" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PciBot" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    public static JsonObject ChannelMessage(string serviceUrl, string text, string channelId = "19:office@thread.tacv2", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? NewId("1700"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-2", ["name"] = "Trần Thị B", ["aadObjectId"] = "aad-user-2" },
        ["conversation"] = new JsonObject { ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TenantId, ["id"] = $"{channelId};messageid={id ?? ChannelThread}" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PciBot" },
        ["text"] = $"<at>PciBot</at> {text}",
        ["entities"] = new JsonArray
        {
            new JsonObject { ["type"] = "mention", ["text"] = "<at>PciBot</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "PciBot" } },
        },
        ["locale"] = "vi-VN",
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2", ["name"] = "Sở TT&TT" },
            ["channel"] = new JsonObject { ["id"] = channelId, ["name"] = "Văn phòng" },
        },
    };

    /// <summary>
    /// The invoke Teams sends when an Action.Execute is pressed (or a card refreshes itself): the action's data merged
    /// with the card's input values, in the conversation where the card is, replying to the card's message.
    /// </summary>
    public static JsonObject CardAction(
        string serviceUrl,
        string verb,
        JsonObject data,
        string userId,
        string aadObjectId,
        string replyToId = "card-1",
        string locale = "vi-VN",
        string trigger = "manual",
        string conversationType = "personal",
        string id = "invoke-1",
        string? userName = null) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = id,
        ["timestamp"] = "2023-11-20T01:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName ?? $"Người dùng {aadObjectId}", ["aadObjectId"] = aadObjectId },
        ["conversation"] = Conversation(conversationType, userId),
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PciBot" },
        ["replyToId"] = replyToId,
        ["locale"] = locale,
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = trigger,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    /// <summary>The message an Action.Submit sends: no text, the data and inputs in <c>value</c>, the card's id in <c>replyToId</c>.</summary>
    public static JsonObject CardSubmit(
        string serviceUrl,
        JsonObject value,
        string userId,
        string aadObjectId,
        string replyToId = "card-1",
        string locale = "vi-VN",
        string conversationType = "personal",
        string? id = null,
        string? userName = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? NewId("submit"),
        ["timestamp"] = "2023-11-20T01:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName ?? $"Người dùng {aadObjectId}", ["aadObjectId"] = aadObjectId },
        ["conversation"] = Conversation(conversationType, userId),
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PciBot" },
        ["replyToId"] = replyToId,
        ["locale"] = locale,
        ["value"] = value,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    private static JsonObject Conversation(string conversationType, string userId) => conversationType == "personal"
        ? new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = $"a:personal-{userId}" }
        : new JsonObject { ["conversationType"] = conversationType, ["isGroup"] = true, ["tenantId"] = TenantId, ["id"] = "19:office@thread.tacv2;messageid=1700000000000" };

    public static JsonObject InstallationUpdate(string serviceUrl, string action, string userId = "29:user-1") => new()
    {
        ["type"] = "installationUpdate",
        ["id"] = $"install-{action}",
        ["action"] = action,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = "aad-user-1" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = $"a:personal-{userId}" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PciBot" },
        ["locale"] = "vi-VN",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };
}
