using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>How an image is cropped.</summary>
[JsonConverter(typeof(CardEnumConverter<ImageStyle>))]
public enum ImageStyle
{
    /// <summary>Not cropped.</summary>
    Default,

    /// <summary>Cropped to a circle.</summary>
    Person,
}
