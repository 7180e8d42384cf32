using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The size of an image.</summary>
[JsonConverter(typeof(CardEnumConverter<ImageSize>))]
public enum ImageSize
{
    /// <summary>The natural size, shrunk to fit.</summary>
    Auto,

    /// <summary>As wide as possible.</summary>
    Stretch,

    /// <summary>Small.</summary>
    Small,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>Large.</summary>
    Large,
}
