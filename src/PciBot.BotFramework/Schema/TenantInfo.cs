using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>The Entra ID tenant in Teams channel data.</summary>
public sealed class TenantInfo
{
    /// <summary>The tenant id (a GUID).</summary>
    public string? Id { get; set; }

    /// <summary>Members this type does not model, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
