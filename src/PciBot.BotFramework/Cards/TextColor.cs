using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The colour of text, from the host's palette.</summary>
[JsonConverter(typeof(CardEnumConverter<TextColor>))]
public enum TextColor
{
    /// <summary>The default colour.</summary>
    Default,

    /// <summary>A dark colour.</summary>
    Dark,

    /// <summary>A light colour.</summary>
    Light,

    /// <summary>The accent colour.</summary>
    Accent,

    /// <summary>The colour for success.</summary>
    Good,

    /// <summary>The colour for warnings.</summary>
    Warning,

    /// <summary>The colour for errors and urgent items.</summary>
    Attention,
}
