using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace PciBot.Dashboard;

/// <summary>
/// How a Teams single sign-on token is checked: Entra's signing keys for the tenant, the tenant's v2.0 issuer, the app
/// registration as audience (its Application ID URI or its client id), and the lifetime on the bot's clock.
/// </summary>
internal static class TabTokens
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static void Configure(JwtBearerOptions jwt, DashboardOptions options, TimeProvider time)
    {
        jwt.MapInboundClaims = false;
        jwt.TimeProvider = time;
        jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
        jwt.MetadataAddress = options.MetadataAddress;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = options.Issuer,
            ValidateAudience = true,
            ValidAudiences = new[] { options.ApplicationIdUri, options.ClientId }.Where(a => a.Length > 0).ToList(),
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return expires is { } end && now <= end.Add(ClockSkew) && (notBefore is not { } start || now >= start.Subtract(ClockSkew));
            },
        };
    }
}
