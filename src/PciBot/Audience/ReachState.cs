namespace PciBot.Audience;

/// <summary>Whether a reminder sent now would reach a person, and if not, why.</summary>
internal enum ReachState
{
    /// <summary>Their personal chat with the bot is open.</summary>
    ChatOpen,

    /// <summary>No chat yet; the bot installs the app for them through Graph and opens it when it first writes.</summary>
    WillInstall,

    /// <summary>Known to Teams but no chat yet: a reminder reaches them only if the app is installed for them (setup policy, or they opened it).</summary>
    NoChatYet,

    /// <summary>Their chat refused the bot: they blocked or removed the app.</summary>
    Blocked,

    /// <summary>Graph could not install the app for them: not licensed for Teams, disabled, or the app blocked for them.</summary>
    CannotInstall,

    /// <summary>Graph refused to install the app for want of the application permission.</summary>
    PermissionMissing,
}
