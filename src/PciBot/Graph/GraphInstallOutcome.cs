namespace PciBot.Graph;

internal enum GraphInstallOutcome
{
    /// <summary>201: installed now.</summary>
    Installed,

    /// <summary>409: the user already had it.</summary>
    AlreadyInstalled,

    /// <summary>403 naming a permission: the app registration lacks TeamsAppInstallation.ReadWriteSelfForUser.All or its admin consent.</summary>
    PermissionMissing,

    /// <summary>The user cannot have the app: not licensed for Teams, disabled, or the app blocked for them by policy.</summary>
    NotAvailable,
}
