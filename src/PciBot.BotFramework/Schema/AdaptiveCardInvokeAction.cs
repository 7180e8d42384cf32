using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>The <c>action</c> of an <see cref="AdaptiveCardInvokeValue"/>.</summary>
public sealed class AdaptiveCardInvokeAction
{
    /// <summary>The action type; <c>Action.Execute</c> for Universal Actions.</summary>
    public string? Type { get; set; }

    /// <summary>The id of the action in the card, when it has one.</summary>
    public string? Id { get; set; }

    /// <summary>The verb of the <c>Action.Execute</c>.</summary>
    public string? Verb { get; set; }

    /// <summary>The action's data merged with the card's input values (keyed by input id).</summary>
    public JsonElement? Data { get; set; }

    /// <summary>Members this type does not model, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
