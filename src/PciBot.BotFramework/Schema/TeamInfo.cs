using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>The team in Teams channel data.</summary>
public sealed class TeamInfo
{
    /// <summary>The team's thread id, <c>19:…@thread.tacv2</c> (the id of its General channel).</summary>
    public string? Id { get; set; }

    /// <summary>The team name. Teams sends it only on some events.</summary>
    public string? Name { get; set; }

    /// <summary>The Entra ID group id of the team, when sent.</summary>
    public string? AadGroupId { get; set; }

    /// <summary>Members this type does not model, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
