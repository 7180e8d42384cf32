namespace PciBot.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.Action"/> on an <see cref="ActivityTypes.InstallationUpdate"/>.</summary>
public static class InstallationUpdateActions
{
    /// <summary>The app was installed.</summary>
    public const string Add = "add";

    /// <summary>The app was uninstalled.</summary>
    public const string Remove = "remove";

    /// <summary>Teams: the app was upgraded and is still installed.</summary>
    public const string AddUpgrade = "add-upgrade";

    /// <summary>Teams: an upgrade removed the previous version.</summary>
    public const string RemoveUpgrade = "remove-upgrade";
}
