using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The weight of text.</summary>
[JsonConverter(typeof(CardEnumConverter<TextWeight>))]
public enum TextWeight
{
    /// <summary>Normal weight.</summary>
    Default,

    /// <summary>Lighter than normal.</summary>
    Lighter,

    /// <summary>Bold.</summary>
    Bolder,
}
