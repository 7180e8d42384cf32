using System.ComponentModel.DataAnnotations;

namespace PciBot.Exports;

/// <summary>The download links the bot gives the Office for its reports.</summary>
internal sealed class ExportOptions : IValidatableObject
{
    public const string SectionName = "Exports";

    /// <summary>
    /// The HMAC-SHA256 key that signs download links, base64, at least 32 bytes; from the environment
    /// (<c>Exports__SigningKey</c>) or user secrets. Empty: a random key per process, so links stop working at restart.
    /// </summary>
    public string SigningKey { get; set; } = "";

    /// <summary>How long a link works after it is given.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The bot's public address, where the links point (the host that serves <c>/exports</c>).</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978/";

    public Uri BaseUri => new(PublicBaseUrl.EndsWith('/') ? PublicBaseUrl : PublicBaseUrl + "/");

    public byte[]? KeyBytes() => SigningKey.Length == 0 ? null : Convert.FromBase64String(SigningKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SigningKey.Length > 0)
        {
            var bytes = new byte[SigningKey.Length];
            if (!Convert.TryFromBase64String(SigningKey, bytes, out var length) || length < 32)
            {
                yield return new ValidationResult("Exports:SigningKey must be base64 of at least 32 random bytes.", [nameof(SigningKey)]);
            }
        }

        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult($"Exports:PublicBaseUrl '{PublicBaseUrl}' is not an absolute http(s) address.", [nameof(PublicBaseUrl)]);
        }
    }
}
