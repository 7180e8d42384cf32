using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>A user or bot in a conversation (<c>from</c>, <c>recipient</c>, members).</summary>
public sealed class ChannelAccount
{
    /// <summary>The channel's id for the account: <c>29:…</c> for Teams users, <c>28:&lt;appId&gt;</c> for bots.</summary>
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    public string? Name { get; set; }

    /// <summary>The Entra ID object id of a user.</summary>
    public string? AadObjectId { get; set; }

    /// <summary><c>user</c> or <c>bot</c>, when the channel says.</summary>
    public string? Role { get; set; }

    /// <summary>The user principal name, which a member lookup returns (<c>userPrincipalName</c>).</summary>
    public string? UserPrincipalName { get; set; }

    // Microsoft 365 Agents Playground spells the member "userPrincipleName"; it is read, never written.
    [JsonInclude]
    [JsonPropertyName("userPrincipleName")]
    private string? MisspelledUserPrincipalName
    {
        get => null;
        set => UserPrincipalName ??= value;
    }

    /// <summary>Members this type does not model, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    internal ChannelAccount Copy() => new() { Id = Id, Name = Name, AadObjectId = AadObjectId, Role = Role };
}
