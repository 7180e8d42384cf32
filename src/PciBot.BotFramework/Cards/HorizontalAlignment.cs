using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>Horizontal alignment.</summary>
[JsonConverter(typeof(CardEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    /// <summary>Aligned to the left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Aligned to the right.</summary>
    Right,
}
