namespace PciBot.Telemetry;

/// <summary>
/// The address of an outgoing call as traces may show it: conversation, activity and member ids (which name people)
/// and query strings (download tokens) are left out.
/// </summary>
internal static class UrlRedaction
{
    private static readonly HashSet<string> IdsFollow = new(["conversations", "activities", "members", "pagedmembers"], StringComparer.OrdinalIgnoreCase);

    public static string Redact(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri)
        {
            return "{relative}";
        }

        var segments = address.AbsolutePath.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (IdsFollow.Contains(segments[i - 1]) && segments[i].Length > 0)
            {
                segments[i] = "{id}";
            }
        }

        var path = string.Join('/', segments);
        return path.Contains("/v3/", StringComparison.Ordinal) || path == "/"
            ? $"{address.Scheme}://{address.Authority}{path}"
            : $"{address.Scheme}://{address.Authority}/{{path}}";
    }
}
