using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Authentication;

/// <summary>
/// Checks the bearer token the channel service sends with each activity: signature against the published keys
/// (RS256/384/512; the key set is refetched when 12 hours old), issuer, audience (the App ID) and lifetime with a five-minute
/// skew measured on the injected <see cref="TimeProvider"/>. <see cref="BotTokenValidationResult.ForActivity"/>
/// then checks the <c>serviceurl</c> claim and the key's endorsement for the channel.
/// </summary>
public sealed class BotTokenValidator : IDisposable
{
    /// <summary>The HTTP client name used to fetch the OpenID metadata and keys.</summary>
    public const string MetadataHttpClientName = "PciBot.BotFramework.OpenIdMetadata";

    /// <summary>The tolerated difference between clocks, as in every Bot Framework SDK.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const string BearerPrefix = "Bearer ";
    private const string ServiceUrlClaim = "serviceurl";
    private const int MaxTokenLength = 16 * 1024;
    private const string EndorsementsMember = "endorsements";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<BotTokenValidator> logger;
    private readonly BotSigningKeyCache keys;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>Creates the validator; the metadata is fetched on first use.</summary>
    public BotTokenValidator(
        IOptions<BotFrameworkOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<BotTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.timeProvider = timeProvider;
        this.logger = logger;
        keys = new BotSigningKeyCache(
            httpClientFactory, this.options.OpenIdMetadataUrl, this.options.RequireHttpsMetadata, timeProvider, logger);
    }

    /// <summary>Checks the token and then its claims against <paramref name="activity"/>.</summary>
    /// <param name="authorizationHeader">The value of the <c>Authorization</c> header, <c>Bearer &lt;token&gt;</c>.</param>
    /// <param name="activity">The activity the token came with.</param>
    /// <param name="cancellationToken">Cancels fetching the metadata.</param>
    public async Task<BotTokenValidationResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var token = await ValidateTokenAsync(authorizationHeader, cancellationToken);
        if (!token.IsValid)
        {
            return token;
        }

        var result = token.ForActivity(activity);
        if (!result.IsValid)
        {
            AuthenticationLog.TokenRejected(logger, result.Failure);
        }

        return result;
    }

    /// <summary>
    /// Checks everything that does not need the request body: header form, signature, issuer, audience, lifetime.
    /// Call <see cref="BotTokenValidationResult.ForActivity"/> on the result once the activity is read.
    /// </summary>
    /// <param name="authorizationHeader">The value of the <c>Authorization</c> header, <c>Bearer &lt;token&gt;</c>.</param>
    /// <param name="cancellationToken">Cancels fetching the metadata.</param>
    public async Task<BotTokenValidationResult> ValidateTokenAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        var result = await CheckTokenAsync(authorizationHeader, cancellationToken);
        if (!result.IsValid)
        {
            AuthenticationLog.TokenRejected(logger, result.Failure);
        }

        return result;
    }

    private async Task<BotTokenValidationResult> CheckTokenAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return BotTokenValidationResult.Failed(BotAuthenticationFailure.MissingAuthorization);
        }

        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return BotTokenValidationResult.Failed(BotAuthenticationFailure.MalformedAuthorization);
        }

        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        if (token.Length is 0 or > MaxTokenLength)
        {
            return BotTokenValidationResult.Failed(BotAuthenticationFailure.MalformedAuthorization);
        }

        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            return BotTokenValidationResult.Failed(BotAuthenticationFailure.InvalidAudience);
        }

        var signing = await keys.GetAsync(cancellationToken);
        if (signing is null)
        {
            return BotTokenValidationResult.Failed(BotAuthenticationFailure.MetadataUnavailable);
        }

        var result = await CheckAgainstAsync(token, signing);
        if (result.Failure != BotAuthenticationFailure.UnknownSigningKey)
        {
            return result;
        }

        // The channel service may have rotated its keys.
        AuthenticationLog.RefreshingKeysForUnknownKeyId(logger);
        var refreshed = await keys.RefetchForUnknownKeyAsync(cancellationToken);
        return refreshed is null || ReferenceEquals(refreshed, signing) ? result : await CheckAgainstAsync(token, refreshed);
    }

    /// <summary>Releases the lock that guards the key set.</summary>
    public void Dispose() => keys.Dispose();

    private async Task<BotTokenValidationResult> CheckAgainstAsync(string token, OpenIdConnectConfiguration signing)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = options.ValidIssuer,
            ValidAudience = options.AppId,
            IssuerSigningKeys = signing.SigningKeys,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            TryAllIssuerSigningKeys = false,
            // Checked below against the injected clock instead of the system clock.
            ValidateLifetime = false,
        };

        var validation = await handler.ValidateTokenAsync(token, parameters);
        if (!validation.IsValid || validation.SecurityToken is not JsonWebToken jwt)
        {
            return BotTokenValidationResult.Failed(Classify(validation.Exception));
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (jwt.ValidTo == DateTime.MinValue || now > jwt.ValidTo + ClockSkew)
        {
            return BotTokenValidationResult.Failed(BotAuthenticationFailure.Expired);
        }

        if (jwt.ValidFrom != DateTime.MinValue && now + ClockSkew < jwt.ValidFrom)
        {
            return BotTokenValidationResult.Failed(BotAuthenticationFailure.NotYetValid);
        }

        var endorsements = EndorsementsOf(signing, jwt.SigningKey?.KeyId ?? jwt.Kid);
        var serviceUrl = jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claim) ? claim : null;
        return BotTokenValidationResult.Succeeded(validation.ClaimsIdentity, serviceUrl, endorsements);
    }

    /// <summary>
    /// The channels the published key <paramref name="keyId"/> is endorsed for. The key set is the one the metadata
    /// named, as fetched: its <c>endorsements</c> member is not part of the JSON Web Key model and is kept, as JSON, in
    /// <see cref="JsonWebKey.AdditionalData"/>.
    /// </summary>
    private static HashSet<string> EndorsementsOf(OpenIdConnectConfiguration signing, string? keyId)
    {
        // The last key that names the id wins, as it would if the key set were read into a dictionary by id.
        JsonElement? endorsed = null;
        foreach (var key in signing.JsonWebKeySet.Keys)
        {
            if (keyId is not null && string.Equals(key.Kid, keyId, StringComparison.Ordinal)
                && key.AdditionalData.TryGetValue(EndorsementsMember, out var value)
                && value is JsonElement { ValueKind: JsonValueKind.Array } channels)
            {
                endorsed = channels;
            }
        }

        return endorsed is { } array
            ? array.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    private static BotAuthenticationFailure Classify(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException => BotAuthenticationFailure.UnknownSigningKey,
        SecurityTokenInvalidSignatureException or SecurityTokenInvalidAlgorithmException => BotAuthenticationFailure.InvalidSignature,
        SecurityTokenInvalidIssuerException => BotAuthenticationFailure.InvalidIssuer,
        SecurityTokenInvalidAudienceException => BotAuthenticationFailure.InvalidAudience,
        _ => BotAuthenticationFailure.InvalidToken,
    };
}
