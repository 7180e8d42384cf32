using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>Which inputs an action sends.</summary>
[JsonConverter(typeof(CardEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    /// <summary>The inputs of the card and its parents (default).</summary>
    Auto,

    /// <summary>No inputs.</summary>
    None,
}
