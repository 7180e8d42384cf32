using System.Text.Json.Nodes;

namespace PciBot.Tests.Infrastructure;

/// <summary>Realistic Teams activities for driving the host.</summary>
internal static class Activities
{
    public const string BotId = "28:00000000-0000-0000-0000-0000000000b0";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public static JsonObject PersonalMessage(string serviceUrl, string text, string userId = "29:user-1", string aadObjectId = "aad-user-1", string locale = "vi-VN", string id = "msg-1") => new()
    {
        ["type"] = "message",
        ["id"] = id,
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

    public static JsonObject ChannelMessage(string serviceUrl, string text, string channelId = "19:office@thread.tacv2", string id = "1700000000000") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-2", ["name"] = "Trần Thị B", ["aadObjectId"] = "aad-user-2" },
        ["conversation"] = new JsonObject { ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TenantId, ["id"] = $"{channelId};messageid={id}" },
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
