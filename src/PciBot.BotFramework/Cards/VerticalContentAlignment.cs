using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>Vertical alignment of a container's content.</summary>
[JsonConverter(typeof(CardEnumConverter<VerticalContentAlignment>))]
public enum VerticalContentAlignment
{
    /// <summary>At the top.</summary>
    Top,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>At the bottom.</summary>
    Bottom,
}
