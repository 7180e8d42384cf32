using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PciBot.Testing;

/// <summary>
/// A Teams Connector stand-in: a real HTTP server on loopback that records every call the bot makes
/// and answers like the service does.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedCall> calls = new();
    private readonly SemaphoreSlim arrived = new(0);
    private int nextId;

    private FakeConnector(WebApplication app) => this.app = app;

    /// <summary>The serviceUrl to put on activities, with a path as real service URLs have.</summary>
    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyCollection<RecordedCall> Calls => calls;

    /// <summary>Members Teams knows, as "get member" returns them; others get a made-up name.</summary>
    public ConcurrentDictionary<string, string> MemberNames { get; } = new(StringComparer.Ordinal);

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapMethods("/teams/v3/{**path}", ["POST", "PUT", "GET", "DELETE"], connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = $"{address}/teams/";
        return connector;
    }

    /// <summary>Waits until <paramref name="count"/> calls have arrived in all, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (calls.Count < count)
        {
            await arrived.WaitAsync(cts.Token);
        }

        return calls.ToList();
    }

    private async Task<IResult> HandleAsync(HttpContext context, string path)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        var call = new RecordedCall(
            context.Request.Method,
            rawTarget[(rawTarget.IndexOf("/v3/", StringComparison.Ordinal))..],
            Uri.UnescapeDataString("/v3/" + path),
            context.Request.Headers.Authorization.ToString(),
            body.Length == 0 ? null : JsonNode.Parse(body));
        calls.Enqueue(call);
        arrived.Release();
        var id = Interlocked.Increment(ref nextId);
        if (context.Request.Method == "GET" && call.Path.Contains("/members/", StringComparison.Ordinal))
        {
            var member = call.Path[(call.Path.LastIndexOf("/members/", StringComparison.Ordinal) + "/members/".Length)..];
            return Results.Json(new { id = member, name = MemberNames.TryGetValue(member, out var name) ? name : $"Member {member}", aadObjectId = $"aad-{member}", userPrincipalName = $"{member.Replace(":", "", StringComparison.Ordinal)}@example.gov.vn" });
        }

        return path.EndsWith("conversations", StringComparison.Ordinal)
            ? Results.Json(new { id = $"a:created-{id}", activityId = $"activity-{id}" })
            : Results.Json(new { id = $"activity-{id}" });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        arrived.Dispose();
    }
}
