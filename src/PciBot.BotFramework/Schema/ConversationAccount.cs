using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>
    /// The conversation id. Teams ids contain <c>:</c>, <c>;</c> and <c>@</c>; a channel thread looks like
    /// <c>19:…@thread.skype;messageid=…</c>.
    /// </summary>
    public string? Id { get; set; }

    /// <summary>The conversation's name, when it has one.</summary>
    public string? Name { get; set; }

    /// <summary>In Teams one of <see cref="ConversationTypes"/>.</summary>
    public string? ConversationType { get; set; }

    /// <summary>The Entra ID tenant of the conversation.</summary>
    public string? TenantId { get; set; }

    /// <summary>Whether more than two members take part.</summary>
    public bool? IsGroup { get; set; }

    /// <summary>Members this type does not model, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    internal ConversationAccount Copy()
        => new() { Id = Id, Name = Name, ConversationType = ConversationType, TenantId = TenantId, IsGroup = IsGroup };
}
