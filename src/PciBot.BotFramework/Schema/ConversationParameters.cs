using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>The body of a create-conversation request (e.g. a proactive 1:1 chat in Teams).</summary>
public sealed class ConversationParameters
{
    /// <summary><see langword="false"/> for a 1:1 chat.</summary>
    public bool? IsGroup { get; set; }

    /// <summary>The bot, <c>28:&lt;appId&gt;</c>.</summary>
    public ChannelAccount? Bot { get; set; }

    /// <summary>The members; for a 1:1 chat the single user (<c>29:…</c> id).</summary>
    public IList<ChannelAccount>? Members { get; set; }

    /// <summary>The topic of a group conversation, where supported.</summary>
    public string? TopicName { get; set; }

    /// <summary>The tenant in which to create the conversation.</summary>
    public string? TenantId { get; set; }

    /// <summary>Teams channel data; Teams requires <c>tenant.id</c>.</summary>
    public TeamsChannelData? ChannelData { get; set; }

    /// <summary>An optional first message.</summary>
    public Activity? Activity { get; set; }

    /// <summary>Members this type does not model, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
