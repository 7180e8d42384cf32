using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PciBot.BotFramework.Tests.TestSupport;

/// <summary>A locally generated RSA key, published in the test key set with its endorsements.</summary>
internal sealed class TestSigningKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256)
        => new(new RsaSecurityKey(rsa) { KeyId = KeyId }, algorithm);

    public Dictionary<string, object> ToJwk()
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

    public void Dispose() => rsa.Dispose();
}
