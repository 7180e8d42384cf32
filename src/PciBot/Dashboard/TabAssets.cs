using System.IO.Compression;
using System.Security.Cryptography;

namespace PciBot.Dashboard;

/// <summary>
/// The tab's own files (its style sheet and script, Chart.js, TeamsJS and Teams' design tokens), embedded in the bot's
/// assembly at build and served from it, gzipped, with a content hash in the address so a browser keeps them until
/// they change. Nothing is loaded from another host.
/// </summary>
internal static class TabAssets
{
    private const string Prefix = "dashboard/";

    private static readonly Lazy<IReadOnlyDictionary<string, TabAsset>> All = new(Load);

    /// <summary>The address of a file, with its hash: "/tab/assets/dashboard.css?v=…".</summary>
    public static string Url(string name) =>
        All.Value.TryGetValue(name, out var asset) ? $"/tab/assets/{name}?v={asset.Hash}" : throw new InvalidOperationException($"The tab has no file {name}: build the project so that npm can bring it.");

    public static IResult Serve(string name, HttpContext context)
    {
        if (!All.Value.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.ETag = $"\"{asset.Hash}\"";
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.Vary = "Accept-Encoding";
        if (context.Request.Headers.IfNoneMatch.ToString() == $"\"{asset.Hash}\"")
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentEncoding = "gzip";
            return Results.Bytes(asset.Gzipped, asset.ContentType);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static Dictionary<string, TabAsset> Load()
    {
        var assembly = typeof(TabAssets).Assembly;
        var assets = new Dictionary<string, TabAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var content = memory.ToArray();
            using var packed = new MemoryStream();
            using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(content);
            }

            var name = resource[Prefix.Length..];
            var type = Path.GetExtension(name) == ".css" ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            assets[name] = new TabAsset(content, packed.ToArray(), type, Convert.ToHexStringLower(SHA256.HashData(content))[..16]);
        }

        return assets;
    }

    private sealed record TabAsset(byte[] Content, byte[] Gzipped, string ContentType, string Hash);
}
