using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The semantic style of a text block.</summary>
[JsonConverter(typeof(CardEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    /// <summary>Ordinary text.</summary>
    Default,

    /// <summary>A heading.</summary>
    Heading,
}
