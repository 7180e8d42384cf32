using System.Security.Claims;
using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Authentication;

/// <summary>The outcome of checking an inbound token, and what the token says about the request it came with.</summary>
public sealed class BotTokenValidationResult
{
    private BotTokenValidationResult(
        BotAuthenticationFailure failure, ClaimsIdentity? identity, string? serviceUrl, IReadOnlySet<string> endorsements)
    {
        Failure = failure;
        Identity = identity;
        ServiceUrl = serviceUrl;
        Endorsements = endorsements;
    }

    /// <summary>Why the token was rejected; <see cref="BotAuthenticationFailure.None"/> when it was accepted.</summary>
    public BotAuthenticationFailure Failure { get; }

    /// <summary>Whether the token was accepted.</summary>
    public bool IsValid => Failure == BotAuthenticationFailure.None;

    /// <summary>The claims of an accepted token.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>The <c>serviceurl</c> claim, if any.</summary>
    public string? ServiceUrl { get; }

    /// <summary>The channels the signing key is endorsed for.</summary>
    public IReadOnlySet<string> Endorsements { get; }

    /// <summary>
    /// Checks what only the activity can tell: the <c>serviceurl</c> claim equals <see cref="Activity.ServiceUrl"/>
    /// (ignoring case) and the signing key is endorsed for <see cref="Activity.ChannelId"/>. Returns this result
    /// when both hold (or when it already failed), otherwise a failed one.
    /// </summary>
    public BotTokenValidationResult ForActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!IsValid)
        {
            return this;
        }

        if (ServiceUrl is null)
        {
            return Failed(BotAuthenticationFailure.MissingServiceUrlClaim);
        }

        if (!string.Equals(ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Failed(BotAuthenticationFailure.ServiceUrlMismatch);
        }

        if (activity.ChannelId is null || !Endorsements.Contains(activity.ChannelId))
        {
            return Failed(BotAuthenticationFailure.NotEndorsed);
        }

        return this;
    }

    internal static BotTokenValidationResult Failed(BotAuthenticationFailure failure)
        => new(failure, null, null, EmptyEndorsements);

    internal static BotTokenValidationResult Succeeded(ClaimsIdentity identity, string? serviceUrl, IReadOnlySet<string> endorsements)
        => new(BotAuthenticationFailure.None, identity, serviceUrl, endorsements);

    private static readonly IReadOnlySet<string> EmptyEndorsements = new HashSet<string>();
}
