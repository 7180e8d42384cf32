using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PciBot.Tests.Files;

/// <summary>A real HTTP server on loopback that serves files the way a file host might, redirects included.</summary>
internal sealed class FileServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FileServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<FileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/file/{size:int}", (int size) => Results.Bytes(Enumerable.Repeat((byte)'x', size).ToArray(), "application/octet-stream"));
        app.MapGet("/unsized/{size:int}", async (int size, HttpContext http) =>
        {
            http.Response.ContentType = "application/octet-stream";
            var chunk = new byte[64 * 1024];
            for (var sent = 0; sent < size; sent += chunk.Length)
            {
                await http.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, size - sent)));
            }
        });
        app.MapGet("/redirect", (string to) => Results.Redirect(to));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/missing", () => Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FileServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public string At(string path) => new Uri(Address, path).ToString();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
