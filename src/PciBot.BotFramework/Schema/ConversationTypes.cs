namespace PciBot.BotFramework.Schema;

/// <summary>Values of <see cref="ConversationAccount.ConversationType"/> in Teams.</summary>
public static class ConversationTypes
{
    /// <summary>A one-to-one chat between a user and the bot.</summary>
    public const string Personal = "personal";

    /// <summary>A group chat.</summary>
    public const string GroupChat = "groupChat";

    /// <summary>A channel in a team.</summary>
    public const string Channel = "channel";
}
