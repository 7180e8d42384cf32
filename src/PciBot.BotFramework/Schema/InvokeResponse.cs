namespace PciBot.BotFramework.Schema;

/// <summary>The synchronous answer to an <see cref="ActivityTypes.Invoke"/> activity: an HTTP status and a JSON body.</summary>
public sealed class InvokeResponse
{
    /// <summary>The HTTP status code of the answer.</summary>
    public int Status { get; set; }

    /// <summary>The body, serialised with <see cref="BotJson.Options"/>; <see langword="null"/> for none.</summary>
    public object? Body { get; set; }

    /// <summary>A 200 answer with <paramref name="body"/>.</summary>
    public static InvokeResponse Ok(object? body = null) => new() { Status = 200, Body = body };

    /// <summary>
    /// The answer to an <see cref="InvokeNames.AdaptiveCardAction"/>: HTTP 200 whatever the
    /// <see cref="AdaptiveCardInvokeResponse.StatusCode"/> inside, as Teams expects.
    /// </summary>
    public static InvokeResponse ForAdaptiveCardAction(AdaptiveCardInvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new InvokeResponse { Status = 200, Body = response };
    }
}
