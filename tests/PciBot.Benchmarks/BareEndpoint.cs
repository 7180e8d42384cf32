using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PciBot.Benchmarks;

/// <summary>The baseline server: Kestrel on loopback that reads the body and answers 200, and nothing else.</summary>
internal static class BareEndpoint
{
    public static WebApplication Build(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            return Results.Ok();
        });
        app.MapGet("/healthz", () => Results.Ok());
        return app;
    }

    public static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The <c>bare</c> mode: the same server as a process of its own, the start-up and memory baseline.</summary>
    public static async Task<int> RunAsProcessAsync(int port)
    {
        await using var app = Build(port);
        await app.RunAsync();
        return 0;
    }
}
