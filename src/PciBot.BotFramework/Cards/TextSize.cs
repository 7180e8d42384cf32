using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The size of text.</summary>
[JsonConverter(typeof(CardEnumConverter<TextSize>))]
public enum TextSize
{
    /// <summary>The host's default size.</summary>
    Default,

    /// <summary>Smaller than default.</summary>
    Small,

    /// <summary>Larger than default.</summary>
    Medium,

    /// <summary>Larger than medium.</summary>
    Large,

    /// <summary>The largest size.</summary>
    ExtraLarge,
}
