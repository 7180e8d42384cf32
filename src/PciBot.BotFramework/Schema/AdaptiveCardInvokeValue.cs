using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>The <c>value</c> of an <see cref="InvokeNames.AdaptiveCardAction"/> invoke.</summary>
public sealed class AdaptiveCardInvokeValue
{
    /// <summary>The action the user (or a refresh) triggered.</summary>
    public AdaptiveCardInvokeAction? Action { get; set; }

    /// <summary><c>manual</c> for a button press, <c>automatic</c> for a card refresh.</summary>
    public string? Trigger { get; set; }

    /// <summary>Members this type does not model (e.g. <c>authentication</c>, <c>state</c>), kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
