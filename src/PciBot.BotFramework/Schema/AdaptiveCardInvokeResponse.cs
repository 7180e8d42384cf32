using PciBot.BotFramework.Cards;

namespace PciBot.BotFramework.Schema;

/// <summary>
/// The body of the answer to an <see cref="InvokeNames.AdaptiveCardAction"/>: a new card, a message, or an error.
/// Send it with <see cref="InvokeResponse.ForAdaptiveCardAction"/>.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    /// <summary>The status the card host acts on (200, 400, 500, …).</summary>
    public int StatusCode { get; set; }

    /// <summary>One of <see cref="ContentTypes"/>.</summary>
    public string? Type { get; set; }

    /// <summary>A card, a message string, or an <see cref="InvokeError"/>.</summary>
    public object? Value { get; set; }

    /// <summary>Replaces the card with <paramref name="card"/>.</summary>
    public static AdaptiveCardInvokeResponse Card(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = ContentTypes.AdaptiveCard, Value = card };
    }

    /// <summary>Shows <paramref name="text"/> to the user and leaves the card as it is.</summary>
    public static AdaptiveCardInvokeResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = ContentTypes.ActivityMessage, Value = text };
    }

    /// <summary>Reports an error to the card host.</summary>
    /// <param name="statusCode">400 for a bad request, 500 for a failure of the bot, …</param>
    /// <param name="code">A short machine-readable code, e.g. <c>BadRequest</c>.</param>
    /// <param name="message">A message that can be shown to the user.</param>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ContentTypes.Error,
        Value = new InvokeError { Code = code, Message = message },
    };
}
