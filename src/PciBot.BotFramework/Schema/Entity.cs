using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>
/// Metadata attached to an activity, such as a <c>clientInfo</c> or a <c>mention</c>. Entities of type
/// <c>mention</c> are read as <see cref="Mention"/>; all others keep their members in <see cref="Properties"/>.
/// </summary>
[JsonConverter(typeof(EntityJsonConverter))]
public class Entity
{
    /// <summary>The entity type, e.g. <c>mention</c> or <c>clientInfo</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Every member other than <c>type</c> (and, for a mention, <c>mentioned</c> and <c>text</c>).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
