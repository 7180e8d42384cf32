using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The keyboard and validation hint of a text input.</summary>
[JsonConverter(typeof(CardEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>A telephone number.</summary>
    Tel,

    /// <summary>A URL.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A password (masked).</summary>
    Password,
}
