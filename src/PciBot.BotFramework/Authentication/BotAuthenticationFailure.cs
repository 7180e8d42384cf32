namespace PciBot.BotFramework.Authentication;

/// <summary>Why an inbound request was not authenticated.</summary>
public enum BotAuthenticationFailure
{
    /// <summary>The request is authenticated.</summary>
    None,

    /// <summary>There is no <c>Authorization</c> header.</summary>
    MissingAuthorization,

    /// <summary>The header is not <c>Bearer &lt;token&gt;</c>.</summary>
    MalformedAuthorization,

    /// <summary>The token cannot be read, or fails a check not listed here.</summary>
    InvalidToken,

    /// <summary>The signature does not verify.</summary>
    InvalidSignature,

    /// <summary>No key in the published key set has the token's key id.</summary>
    UnknownSigningKey,

    /// <summary>The issuer is not the Bot Framework.</summary>
    InvalidIssuer,

    /// <summary>The audience is not this bot's App ID (or no App ID is configured).</summary>
    InvalidAudience,

    /// <summary>The token expired more than the clock skew ago, or has no expiry.</summary>
    Expired,

    /// <summary>The token becomes valid more than the clock skew from now.</summary>
    NotYetValid,

    /// <summary>The token has no <c>serviceurl</c> claim.</summary>
    MissingServiceUrlClaim,

    /// <summary>The <c>serviceurl</c> claim differs from the activity's <c>serviceUrl</c>.</summary>
    ServiceUrlMismatch,

    /// <summary>The signing key is not endorsed for the activity's <c>channelId</c>.</summary>
    NotEndorsed,

    /// <summary>The OpenID metadata or key set could not be fetched, so no token can be checked.</summary>
    MetadataUnavailable,
}
