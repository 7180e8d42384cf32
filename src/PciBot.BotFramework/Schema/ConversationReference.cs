using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>What a bot stores to write into a conversation later (proactive messages).</summary>
public sealed class ConversationReference
{
    /// <summary>The id of the activity the reference was taken from.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The user (the <c>from</c> of the activity).</summary>
    public ChannelAccount? User { get; set; }

    /// <summary>The bot (the <c>recipient</c> of the activity).</summary>
    public ChannelAccount? Bot { get; set; }

    /// <summary>The conversation; its id is required to send.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The channel, <c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The Bot Connector base URL to send to.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The user's locale, e.g. <c>vi-VN</c>.</summary>
    public string? Locale { get; set; }

    /// <summary>Members this type does not model, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
