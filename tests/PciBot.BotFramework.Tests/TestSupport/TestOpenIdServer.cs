using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PciBot.BotFramework.Tests.TestSupport;

/// <summary>
/// Serves OpenID metadata and a JWKS (with <c>endorsements</c>) on loopback, like login.botframework.com,
/// and mints tokens signed with its keys.
/// </summary>
public sealed class TestOpenIdServer : IAsyncLifetime
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";
    public const string ServiceUrl = "https://smba.trafficmanager.net/apac/";

    private static readonly string[] SigningAlgorithms = ["RS256"];

    private readonly Lock gate = new();
    private readonly List<TestSigningKey> published = [];
    private WebApplication? app;
    private int metadataRequests;
    private int keySetRequests;

    internal TestSigningKey TeamsKey { get; } = new("teams-key", "msteams", "skype");

    internal TestSigningKey WebChatKey { get; } = new("webchat-key", "webchat");

    public Uri BaseAddress { get; private set; } = null!;

    public string MetadataUrl => new Uri(BaseAddress, "v1/.well-known/openidconfiguration").ToString();

    public int MetadataRequests => Volatile.Read(ref metadataRequests);

    public int KeySetRequests => Volatile.Read(ref keySetRequests);

    public async Task InitializeAsync()
    {
        published.AddRange([TeamsKey, WebChatKey]);
        var builder = LoopbackServer.CreateBuilder();
        app = builder.Build();
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref metadataRequests);
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = new Uri(BaseAddress, "v1/.well-known/keys").ToString(),
                ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
            });
        });
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref keySetRequests);
            lock (gate)
            {
                return Results.Json(new { keys = published.Select(k => k.ToJwk()).ToList() });
            }
        });
        BaseAddress = await LoopbackServer.StartAsync(app);
    }

    /// <summary>Adds a key to the key set; the server disposes it.</summary>
    internal TestSigningKey Publish(TestSigningKey key)
    {
        lock (gate)
        {
            published.Add(key);
        }

        return key;
    }

    internal string CreateToken(
        DateTimeOffset now,
        TestSigningKey? key = null,
        string issuer = Issuer,
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        SigningCredentials? credentials = null)
    {
        var claims = new Dictionary<string, object> { ["appid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db", ["ver"] = "1.0" };
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            NotBefore = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = (expires ?? now.AddMinutes(59)).UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials ?? (key ?? TeamsKey).Credentials(),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        foreach (var key in published)
        {
            key.Dispose();
        }
    }
}
