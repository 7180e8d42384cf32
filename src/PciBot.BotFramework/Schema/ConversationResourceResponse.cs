namespace PciBot.BotFramework.Schema;

/// <summary>The answer to a create-conversation request.</summary>
public sealed class ConversationResourceResponse
{
    /// <summary>The id of the conversation (Teams 1:1: <c>a:…</c>).</summary>
    public string? Id { get; set; }

    /// <summary>The service URL to use for the conversation, when the channel returns one.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The id of the first activity, when one was sent.</summary>
    public string? ActivityId { get; set; }
}
