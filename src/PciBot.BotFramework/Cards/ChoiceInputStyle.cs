using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>How a choice set is shown.</summary>
[JsonConverter(typeof(CardEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    /// <summary>A drop-down list.</summary>
    Compact,

    /// <summary>Radio buttons or check boxes.</summary>
    Expanded,

    /// <summary>A drop-down list with type-ahead filtering.</summary>
    Filtered,
}
