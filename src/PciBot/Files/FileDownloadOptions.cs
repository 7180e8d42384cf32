namespace PciBot.Files;

/// <summary>Where files people send in the chat may be downloaded from.</summary>
internal sealed class FileDownloadOptions
{
    public const string SectionName = "Files";

    /// <summary>
    /// Hosts Teams gives file download addresses on; "*.example.com" allows every subdomain of example.com (not the
    /// domain itself). Empty means <see cref="SharePointAndOneDrive"/>. Loopback addresses are allowed only in
    /// Development, whatever this list says.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    public static IReadOnlyList<string> SharePointAndOneDrive { get; } = ["*.sharepoint.com", "*.sharepoint.us", "*.sharepoint-df.com", "*.sharepoint.cn", "onedrive.live.com", "*.1drv.com"];

    public IReadOnlyList<string> Hosts => AllowedHosts.Length > 0 ? AllowedHosts : SharePointAndOneDrive;
}
