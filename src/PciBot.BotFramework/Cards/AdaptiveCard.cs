using System.Text.Json.Serialization;
using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Cards;

/// <summary>An Adaptive Card (schema 1.5, the highest Teams renders), serialised with <see cref="BotJson.Options"/>.</summary>
public sealed class AdaptiveCard
{
    /// <summary>The card schema version Teams supports.</summary>
    public const string CurrentVersion = "1.5";

    /// <summary>The JSON schema URL written as <c>$schema</c>.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    public string Type { get; } = "AdaptiveCard";

    /// <summary>The JSON schema URL.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; } = SchemaUrl;

    /// <summary>The card schema version.</summary>
    public string Version { get; set; } = CurrentVersion;

    /// <summary>The elements of the card, in order.</summary>
    public IList<CardElement> Body { get; set; } = [];

    /// <summary>The buttons at the bottom of the card.</summary>
    public IList<CardAction>? Actions { get; set; }

    /// <summary>How the card refreshes itself (Universal Actions).</summary>
    public CardRefresh? Refresh { get; set; }

    /// <summary>Teams-specific properties: width and mentions.</summary>
    public TeamsCardProperties? Msteams { get; set; }

    /// <summary>The language of the card's text, e.g. <c>vi</c>.</summary>
    public string? Lang { get; set; }

    /// <summary>Text shown where the card cannot be rendered.</summary>
    public string? FallbackText { get; set; }

    /// <summary>Text read out instead of the card.</summary>
    public string? Speak { get; set; }

    /// <summary>An action run when the card is selected (not <see cref="ActionShowCard"/>).</summary>
    public CardAction? SelectAction { get; set; }

    /// <summary>This card as a message attachment.</summary>
    public Attachment ToAttachment() => new() { ContentType = ContentTypes.AdaptiveCard, Content = this };
}
