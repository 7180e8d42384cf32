using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>The channel in Teams channel data.</summary>
public sealed class ChannelInfo
{
    /// <summary>The channel's thread id, <c>19:…@thread.tacv2</c>.</summary>
    public string? Id { get; set; }

    /// <summary>The channel name. Teams sends it only on some events.</summary>
    public string? Name { get; set; }

    /// <summary>Members this type does not model, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
