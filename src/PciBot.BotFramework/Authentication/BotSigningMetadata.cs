using Microsoft.IdentityModel.Tokens;

namespace PciBot.BotFramework.Authentication;

/// <summary>The signing keys published by the channel service and, per key id, the channels each key is endorsed for.</summary>
internal sealed class BotSigningMetadata(IReadOnlyList<SecurityKey> signingKeys, IReadOnlyDictionary<string, IReadOnlySet<string>> endorsements)
{
    public IReadOnlyList<SecurityKey> SigningKeys { get; } = signingKeys;

    public IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements { get; } = endorsements;
}
