using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PciBot.People;

namespace PciBot.Exports;

/// <summary>
/// Signs and checks download links. A link names the file, the person it was given to and when it expires, and carries
/// an HMAC-SHA256 of the three; it is only ever given to Office staff and admins, in their own Teams conversation, in
/// answer to their own button press or on a dashboard page of their own session, and the download checks again that
/// that person still has the role.
/// </summary>
internal sealed class ExportLinks(IOptions<ExportOptions> options, TimeProvider time)
{
    private readonly byte[] key = options.Value.KeyBytes() ?? RandomNumberGenerator.GetBytes(32);

    public (Uri Link, DateTimeOffset Expires) For(ExportFile file, Person person)
    {
        ArgumentNullException.ThrowIfNull(file);
        return For(file.Name, person);
    }

    /// <summary>A link to <paramref name="fileName"/>: a rollup's name or a registered <see cref="ISheetDownload"/>'s.</summary>
    public (Uri Link, DateTimeOffset Expires) For(string fileName, Person person)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(person);
        var expires = time.GetUtcNow() + options.Value.LinkLifetime;
        var seconds = expires.ToUnixTimeSeconds();
        var query = string.Create(CultureInfo.InvariantCulture, $"by={person.Id}&until={seconds}&sig={Sign(fileName, person.Id, seconds)}");
        return (new Uri(options.Value.BaseUri, $"exports/{fileName}?{query}"), DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>Whether the signature matches the file, person and expiry it claims; says nothing of expiry or role.</summary>
    public bool IsGenuine(string fileName, int personId, long until, string? signature)
    {
        if (signature is null)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(fileName, personId, until));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public bool HasExpired(long until) => time.GetUtcNow().ToUnixTimeSeconds() > until;

    private string Sign(string fileName, int personId, long until)
    {
        var message = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{fileName}\n{personId}\n{until}"));
        return Base64Url(HMACSHA256.HashData(key, message));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
