using System.Text.Json;
using System.Text.Json.Nodes;

namespace PciBot.Testing;

/// <summary>One request the bot made to the Connector.</summary>
public sealed record RecordedCall(string Method, string RawPath, string Path, string Authorization, JsonNode? Body)
{
    /// <summary>The conversation the call is addressed to; null for creating a conversation.</summary>
    public string? ConversationId { get; init; }

    /// <summary>For creating a conversation: the member it is created with.</summary>
    public string? MemberId { get; init; }

    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    public string CardText => Card is null ? "" : Card.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
