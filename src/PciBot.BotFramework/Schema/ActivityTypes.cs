namespace PciBot.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.Type"/>.</summary>
public static class ActivityTypes
{
    /// <summary>A message from a user, or one the bot sends.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left, or (in Teams) the team or channel changed.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The app was installed, upgraded or removed; see <see cref="Activity.Action"/>.</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A request that expects a synchronous response body, named by <see cref="Activity.Name"/>.</summary>
    public const string Invoke = "invoke";

    /// <summary>A reaction was added to or removed from a message.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";

    /// <summary>A named event, without a response body.</summary>
    public const string Event = "event";

    /// <summary>A message was edited.</summary>
    public const string MessageUpdate = "messageUpdate";

    /// <summary>A message was deleted.</summary>
    public const string MessageDelete = "messageDelete";
}
