using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>The Teams-specific <c>channelData</c> of an activity or of <see cref="ConversationParameters"/>.</summary>
public sealed class TeamsChannelData
{
    /// <summary>The tenant the activity comes from.</summary>
    public TenantInfo? Tenant { get; set; }

    /// <summary>The team, for activities in a team.</summary>
    public TeamInfo? Team { get; set; }

    /// <summary>The channel, for activities in a channel.</summary>
    public ChannelInfo? Channel { get; set; }

    /// <summary>
    /// For <see cref="ActivityTypes.ConversationUpdate"/>: what happened (<c>teamMemberAdded</c>, <c>channelCreated</c>,
    /// <c>teamRenamed</c>, …). New values appear without notice.
    /// </summary>
    public string? EventType { get; set; }

    /// <summary>Members this type does not model (<c>settings</c>, <c>source</c>, …), kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
