using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The style of a button.</summary>
[JsonConverter(typeof(CardEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    /// <summary>A plain button.</summary>
    Default,

    /// <summary>The primary, affirmative action.</summary>
    Positive,

    /// <summary>A destructive action.</summary>
    Destructive,
}
