using System.Net;
using Microsoft.Extensions.Options;

namespace PciBot.Files;

/// <summary>
/// Downloads a file Teams announced in a message (a short-lived, pre-authorized address, fetched without a token):
/// only from allowed hosts, following redirects only to allowed hosts, and never reading more than
/// <see cref="MaxBytes"/>, whatever the response says its length is.
/// </summary>
internal sealed class TeamsFileDownloader(IHttpClientFactory http, IOptions<FileDownloadOptions> options, IHostEnvironment environment, ILogger<TeamsFileDownloader> logger)
{
    public const string HttpClientName = "teams-files";
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRedirects = 5;

    private readonly FileHosts hosts = new(options.Value.Hosts, environment.IsDevelopment());

    public async Task<FileDownload> DownloadAsync(string? address, CancellationToken ct)
    {
        if (address is null || !Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return FileDownload.Refused(FileRefusal.NoAddress);
        }

        var client = http.CreateClient(HttpClientName);
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            if (!hosts.Allows(uri))
            {
                FilesLog.HostRefused(logger, uri.Host);
                return FileDownload.Refused(FileRefusal.HostNotAllowed, uri.Host);
            }

            try
            {
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
                if (IsRedirect(response.StatusCode))
                {
                    if (response.Headers.Location is not { } next)
                    {
                        return FileDownload.Refused(FileRefusal.Unavailable, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    uri = next.IsAbsoluteUri ? next : new Uri(uri, next);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return FileDownload.Refused(FileRefusal.Unavailable, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                if (response.Content.Headers.ContentLength > MaxBytes)
                {
                    return FileDownload.Refused(FileRefusal.TooLarge);
                }

                await using var body = await response.Content.ReadAsStreamAsync(ct);
                return await ReadCappedAsync(body, ct) is { } bytes ? FileDownload.Of(bytes) : FileDownload.Refused(FileRefusal.TooLarge);
            }
            catch (HttpRequestException e)
            {
                return FileDownload.Refused(FileRefusal.Unavailable, e.StatusCode is { } status ? ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) : e.HttpRequestError.ToString());
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                return FileDownload.Refused(FileRefusal.Unavailable, "timeout");
            }
        }

        return FileDownload.Refused(FileRefusal.TooManyRedirects);
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken ct)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > MaxBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
