using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace PciBot.BotFramework.Authentication;

/// <summary>
/// Fetches the OpenID metadata and then its key set. The key set is also read as raw JSON, because the
/// <c>endorsements</c> array of each key is not part of the JSON Web Key model.
/// </summary>
internal sealed class BotSigningMetadataRetriever(IHttpClientFactory httpClientFactory, string metadataUrl, bool requireHttps)
{
    public string MetadataUrl { get; } = metadataUrl;

    public async Task<BotSigningMetadata> FetchAsync(CancellationToken cancellationToken)
    {
        var metadataJson = await GetDocumentAsync(MetadataUrl, cancellationToken);
        var jwksJson = await GetDocumentAsync(ReadJwksUri(metadataJson), cancellationToken);
        var keySet = new JsonWebKeySet(jwksJson);
        return new BotSigningMetadata(keySet.GetSigningKeys().ToList(), ReadEndorsements(jwksJson));
    }

    private async Task<string> GetDocumentAsync(string address, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (!requireHttps && uri.Scheme == Uri.UriSchemeHttp)))
        {
            throw new InvalidOperationException($"Refusing to fetch signing metadata from '{address}': an absolute HTTPS URL is required.");
        }

        var client = httpClientFactory.CreateClient(BotTokenValidator.MetadataHttpClientName);
        using var response = await client.GetAsync(uri, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"Fetching signing metadata from '{uri}' answered {(int)response.StatusCode}.", inner: null, response.StatusCode);
        }

        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    private static string ReadJwksUri(string metadataJson)
    {
        using var document = JsonDocument.Parse(metadataJson);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("jwks_uri", out var uri)
            && uri.ValueKind == JsonValueKind.String
            && uri.GetString() is { Length: > 0 } value)
        {
            return value;
        }

        throw new InvalidOperationException("The OpenID metadata has no jwks_uri.");
    }

    private static Dictionary<string, IReadOnlySet<string>> ReadEndorsements(string jwksJson)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            result[kid.GetString()!] = endorsements.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToHashSet(StringComparer.Ordinal);
        }

        return result;
    }
}
