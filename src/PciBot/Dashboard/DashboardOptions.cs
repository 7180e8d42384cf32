using System.ComponentModel.DataAnnotations;

namespace PciBot.Dashboard;

/// <summary>
/// The dashboard tab's sign-in. In Teams the tab asks TeamsJS for a token (single sign-on) issued by Microsoft Entra ID
/// for the app registration below, and exchanges it once for a short session cookie.
/// </summary>
internal sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>The Entra app registration's application (client) id; the tab's tokens may name it as their audience.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The registration's Application ID URI, <c>api://&lt;domain&gt;/&lt;client id&gt;</c>, the usual audience of a tab's token.</summary>
    public string ApplicationIdUri { get; set; } = "";

    /// <summary>The department's Entra tenant: tokens of any other tenant are refused.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Where Entra publishes its signing keys; a test points it at a local stand-in.</summary>
    [Required]
    public string Authority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Refuse signing keys fetched over plain HTTP (turned off only for a local stand-in).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How long a session lasts after the token exchange; the tab then asks Teams for a new token.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "08:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether single sign-on is set up: without it every token is refused.</summary>
    public bool IsConfigured => ClientId.Length > 0 && TenantId.Length > 0;

    /// <summary>The issuer Entra writes into the tenant's v2.0 tokens.</summary>
    public string Issuer => $"https://login.microsoftonline.com/{TenantId}/v2.0";

    public string MetadataAddress => $"{Authority.TrimEnd('/')}/{TenantId}/v2.0/.well-known/openid-configuration";
}
