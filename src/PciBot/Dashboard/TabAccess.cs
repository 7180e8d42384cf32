namespace PciBot.Dashboard;

/// <summary>Who may open a group of the tab's pages, by the bot's role rules.</summary>
internal enum TabAccess
{
    /// <summary>Office staff, admins, and units' heads and delegates (who see their own units).</summary>
    AnyRole,

    /// <summary>Office staff and admins.</summary>
    Office,

    /// <summary>Admins.</summary>
    Admin,
}
