using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The style of a container.</summary>
[JsonConverter(typeof(CardEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    /// <summary>No emphasis.</summary>
    Default,

    /// <summary>Emphasised background.</summary>
    Emphasis,

    /// <summary>Success.</summary>
    Good,

    /// <summary>Error or urgent.</summary>
    Attention,

    /// <summary>Warning.</summary>
    Warning,

    /// <summary>Accent.</summary>
    Accent,
}
