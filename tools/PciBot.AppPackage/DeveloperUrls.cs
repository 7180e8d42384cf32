namespace PciBot.AppPackage;

/// <summary>
/// The developer links Teams shows on the app's details page. Any left null keeps the value of
/// the committed manifest.
/// </summary>
internal sealed record DeveloperUrls(Uri? Website = null, Uri? Privacy = null, Uri? TermsOfUse = null)
{
    /// <summary>The pages that PciBot's own host is expected to serve: /, /privacy and /terms.</summary>
    public static DeveloperUrls ForHost(string host)
    {
        var root = new Uri($"https://{host}/");
        return new DeveloperUrls(root, new Uri(root, "privacy"), new Uri(root, "terms"));
    }

    /// <summary>Each URL given here wins over the one in <paramref name="fallback"/>.</summary>
    public DeveloperUrls Over(DeveloperUrls fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new DeveloperUrls(Website ?? fallback.Website, Privacy ?? fallback.Privacy, TermsOfUse ?? fallback.TermsOfUse);
    }

    /// <summary>Null when the host name can go into an https URL, else why not.</summary>
    public static string? HostProblem(string host) =>
        Uri.CheckHostName(host) == UriHostNameType.Dns && host.Contains('.', StringComparison.Ordinal)
            ? null
            : $"'{host}' is not a host name: give the bot's domain only, such as bot.example.gov.vn";

    /// <summary>Null when the text is an absolute https URL, else why not.</summary>
    public static string? UrlProblem(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? null
            : $"'{url}' is not an absolute https URL";
}
