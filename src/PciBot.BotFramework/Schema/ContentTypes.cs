namespace PciBot.BotFramework.Schema;

/// <summary>Content types of attachments and of Universal Action responses.</summary>
public static class ContentTypes
{
    /// <summary>An Adaptive Card, as an attachment or as the value of an invoke response.</summary>
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <summary>A plain message shown to the user who pressed the button.</summary>
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";

    /// <summary>An error answer to an invoke; the value is an <see cref="InvokeError"/>.</summary>
    public const string Error = "application/vnd.microsoft.error";
}
