namespace PciBot.Graph;

/// <summary>The Microsoft Graph application permissions PciBot asks for, as an Entra ID admin finds them.</summary>
internal static class GraphPermissions
{
    /// <summary>Installing the app for a person and reading the chat it opens.</summary>
    public const string InstallApp = "TeamsAppInstallation.ReadWriteSelfForUser.All";

    /// <summary>Finding a person by their principal name or mail.</summary>
    public const string LookUpPeople = "User.Read.All";
}
