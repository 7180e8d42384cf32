using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>How Teams refreshes a card for its viewers (Universal Actions).</summary>
public sealed class CardRefresh
{
    /// <summary>The largest number of users Teams refreshes a card for automatically.</summary>
    public const int MaxUserIds = 60;

    /// <summary>The action whose invoke returns the refreshed card.</summary>
    [JsonIgnore]
    public ActionExecute? Action { get; set; }

    /// <summary>
    /// The users (<c>29:…</c> ids, at most <see cref="MaxUserIds"/>) for whom the card refreshes automatically.
    /// Empty: only a manual refresh; <see langword="null"/>: everyone in chats of up to 60 members.
    /// </summary>
    public IList<string>? UserIds { get; set; }

    // Written through the base type so that the "type" discriminator is part of the JSON.
    [JsonInclude]
    [JsonPropertyName("action")]
    internal CardAction? ActionJson
    {
        get => Action;
        set => Action = value as ActionExecute;
    }
}
