using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The font family of text.</summary>
[JsonConverter(typeof(CardEnumConverter<FontType>))]
public enum FontType
{
    /// <summary>The host's default font.</summary>
    Default,

    /// <summary>A monospace font.</summary>
    Monospace,
}
