using System.ComponentModel.DataAnnotations;

namespace PciBot.Graph;

/// <summary>
/// Microsoft Graph, used only when configured: to find people of a roster in Entra ID (application permission
/// <c>User.Read.All</c>) and to install the bot's app for people who never opened it
/// (<c>TeamsAppInstallation.ReadWriteSelfForUser.All</c>). Tokens come from the bot's own app registration
/// (<c>Bot:AppId</c>, <c>Bot:AppPassword</c>, <c>Bot:TenantId</c>) by client credentials.
/// </summary>
internal sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public const string Scope = "https://graph.microsoft.com/.default";

    /// <summary>The Graph endpoint, ending in its version.</summary>
    [Required]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Find roster rows by user principal name or mail in Entra ID; without it, the Connector roster of a team the bot is in is asked.</summary>
    public bool LookUpPeople { get; set; }

    /// <summary>Install the app for heads and delegates the bot cannot reach yet, and open their chat.</summary>
    public bool InstallApp { get; set; }

    /// <summary>The app's id in the organisation's app catalog (Teams admin center, Manage apps, the app's "App ID"); required with <see cref="InstallApp"/>.</summary>
    public string? TeamsAppId { get; set; }

    /// <summary>How many times a call throttled (429) or unavailable (503, 504) is tried again.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The longest <c>Retry-After</c> waited for; a longer one ends the attempt.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait before the first retry when Graph names none; doubled each time.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public bool Enabled => LookUpPeople || InstallApp;
}
