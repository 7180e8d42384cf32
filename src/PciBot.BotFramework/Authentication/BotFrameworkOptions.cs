using System.ComponentModel.DataAnnotations;

namespace PciBot.BotFramework.Authentication;

/// <summary>The bot's identity and how tokens are checked and obtained; bound from the <c>Bot</c> section.</summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot";

    /// <summary>The Microsoft App ID (a GUID) of the Azure Bot registration; the audience of inbound tokens.</summary>
    public string? AppId { get; set; }

    /// <summary>The client secret of the app. A secret: set it only through an environment variable or user secrets.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The Entra ID tenant of the single-tenant app; outbound tokens are requested from it.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// Accept requests without an <c>Authorization</c> header (Agents Playground, Emulator). Allowed only in the
    /// Development environment and only without an <see cref="AppId"/>; start-up fails otherwise.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>The OpenID metadata that names the keys signing channel tokens.</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The only accepted issuer of inbound tokens.</summary>
    [Required]
    public string ValidIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The Entra ID authority host; outbound tokens come from <c>{TokenAuthority}/{TenantId}</c>.</summary>
    [Required]
    public string TokenAuthority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The scope of outbound tokens for the Bot Connector.</summary>
    [Required]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>The largest request body accepted on the messages endpoint; larger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Whether the OpenID metadata and keys must be fetched over HTTPS. Only tests turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Whether requests without a token are accepted: <see cref="AllowUnauthenticated"/> without an <see cref="AppId"/>.</summary>
    internal bool IsAnonymous => AllowUnauthenticated && string.IsNullOrWhiteSpace(AppId);
}
