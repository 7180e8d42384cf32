using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>A card, file or other content attached to an activity.</summary>
public sealed class Attachment
{
    /// <summary>The MIME type of <see cref="Content"/> or <see cref="ContentUrl"/>, e.g. <see cref="ContentTypes.AdaptiveCard"/>.</summary>
    public string? ContentType { get; set; }

    /// <summary>
    /// The content. Any object is written as it is (for example an <see cref="Cards.AdaptiveCard"/>);
    /// after reading it is a <see cref="JsonElement"/>.
    /// </summary>
    public object? Content { get; set; }

    /// <summary>A link to the content instead of inline content.</summary>
    public string? ContentUrl { get; set; }

    /// <summary>A file name or title.</summary>
    public string? Name { get; set; }

    /// <summary>A link to a thumbnail.</summary>
    public string? ThumbnailUrl { get; set; }

    /// <summary>Members this type does not model, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
