using System.Net;

namespace PciBot.Files;

/// <summary>Decides whether an address is on a host files may be downloaded from.</summary>
internal sealed class FileHosts(IReadOnlyList<string> patterns, bool allowLoopback)
{
    public bool Allows(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (IsLoopback(address))
        {
            return allowLoopback && address.Scheme is "http" or "https";
        }

        return address.Scheme == "https" && patterns.Any(p => Matches(p, address.IdnHost));
    }

    public static bool IsValidPattern(string pattern) =>
        !string.IsNullOrWhiteSpace(pattern)
        && Uri.CheckHostName(pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern) == UriHostNameType.Dns
        && pattern.Contains('.', StringComparison.Ordinal);

    private static bool Matches(string pattern, string host) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(Uri address) =>
        address.IsLoopback || IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
}
