using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PciBot.Testing;

/// <summary>
/// A local stand-in for login.botframework.com: OpenID metadata and a key set (with the key endorsed for
/// <c>msteams</c>) on loopback, and channel tokens signed with that key. Point <c>Bot:OpenIdMetadataUrl</c> at
/// <see cref="MetadataUrl"/> (with <c>Bot:RequireHttpsMetadata=false</c>) and the bot checks these tokens like real ones.
/// </summary>
public sealed class TokenIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "5b0f3c2e-7d1a-4f6b-9c8e-2a4d6f8b0c1e";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string KeyId = "local-teams-key";
    private static readonly string[] Algorithms = ["RS256"];
    private static readonly string[] Endorsements = ["msteams"];

    private readonly RSA rsa = RSA.Create(2048);
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly WebApplication app;

    private TokenIssuer(WebApplication app) => this.app = app;

    public string MetadataUrl { get; private set; } = "";

    /// <summary>A local stand-in for login.microsoftonline.com: each tenant's v2.0 OpenID metadata, with the same key.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>The Application ID URI the dashboard tab's single sign-on tokens are issued for.</summary>
    public const string TabApplicationIdUri = $"api://pcibot.example/{AppId}";

    /// <summary>The settings that make the dashboard tab check Teams single sign-on tokens from this issuer.</summary>
    public IReadOnlyDictionary<string, string?> TabSettings => new Dictionary<string, string?>
    {
        ["Dashboard:ClientId"] = AppId,
        ["Dashboard:ApplicationIdUri"] = TabApplicationIdUri,
        ["Dashboard:TenantId"] = TenantId,
        ["Dashboard:Authority"] = Authority,
        ["Dashboard:RequireHttpsMetadata"] = "false",
    };

    public static string EntraIssuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>The settings that make the bot check tokens from this issuer, as the bot registered under <see cref="AppId"/>.</summary>
    public IReadOnlyDictionary<string, string?> BotSettings => new Dictionary<string, string?>
    {
        ["Bot:AppId"] = AppId,
        ["Bot:TenantId"] = TenantId,
        ["Bot:AppPassword"] = "local-test-secret",
        ["Bot:AllowUnauthenticated"] = "false",
        ["Bot:OpenIdMetadataUrl"] = MetadataUrl,
        ["Bot:RequireHttpsMetadata"] = "false",
    };

    public static async Task<TokenIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new TokenIssuer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = Algorithms,
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = new[] { issuer.Jwk() } }));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpContext context) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = EntraIssuer(tenant),
            ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = Algorithms,
        }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        issuer.MetadataUrl = $"{address}/v1/.well-known/openidconfiguration";
        issuer.Authority = address;
        return issuer;
    }

    /// <summary>A channel token for the activities of <paramref name="serviceUrl"/>, valid for an hour around <paramref name="now"/>.</summary>
    public string CreateToken(string serviceUrl, DateTimeOffset now, string audience = AppId) =>
        handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-1).UtcDateTime,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            Expires = now.AddMinutes(59).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl, ["appid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db", ["ver"] = "1.0" },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });

    /// <summary>
    /// A Microsoft Entra v2.0 access token as TeamsJS <c>authentication.getAuthToken</c> returns it to the tab, valid from
    /// <paramref name="now"/> for <paramref name="lifetime"/> (an hour unless said), signed with this issuer's key or, with
    /// <paramref name="foreignKey"/>, with a key nobody published.
    /// </summary>
    public string CreateTabToken(DateTimeOffset now, string objectId, string audience = TabApplicationIdUri, string tenant = TenantId, TimeSpan? lifetime = null, bool foreignKey = false)
    {
        using var other = RSA.Create(2048);
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = EntraIssuer(tenant),
            Audience = audience,
            IssuedAt = now.AddMinutes(-1).UtcDateTime,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            Expires = now.Add(lifetime ?? TimeSpan.FromHours(1)).UtcDateTime,
            Claims = new Dictionary<string, object> { ["oid"] = objectId, ["tid"] = tenant, ["ver"] = "2.0", ["scp"] = "access_as_user", ["azp"] = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346" },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(foreignKey ? other : rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        rsa.Dispose();
    }

    private Dictionary<string, object> Jwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = Endorsements,
        };
    }
}
