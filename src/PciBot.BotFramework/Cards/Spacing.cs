using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The space above an element.</summary>
[JsonConverter(typeof(CardEnumConverter<Spacing>))]
public enum Spacing
{
    /// <summary>No space.</summary>
    None,

    /// <summary>A little space.</summary>
    Small,

    /// <summary>The host's default space.</summary>
    Default,

    /// <summary>More space than default.</summary>
    Medium,

    /// <summary>More space than medium.</summary>
    Large,

    /// <summary>The most space.</summary>
    ExtraLarge,

    /// <summary>The container's padding.</summary>
    Padding,
}
