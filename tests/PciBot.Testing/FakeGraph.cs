using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
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
/// Microsoft Graph as a real HTTP server on loopback, for the calls the bot makes: a user by principal name or id, users
/// by mail, the app installed for a user (201, 409 when it already is, 403 without the permission, 404 for a user who
/// cannot have it, 429 with <c>Retry-After</c> when told), the user's installations of the app, and their chat with the bot.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private const string PermissionMessage = "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All'.";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, FakeGraphUser> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> installed = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<RecordedCall> calls = new();
    private readonly ConcurrentDictionary<string, byte> unlicensed = new(StringComparer.OrdinalIgnoreCase);
    private int throttleNext;
    private int throttleSeconds;
    private long throttledUntil;
    private int ignoredRetryAfter;

    private FakeGraph(WebApplication app) => this.app = app;

    /// <summary>The address to configure as <c>Graph:BaseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The id of the bot's app in the catalog, as the bot must name it.</summary>
    public string TeamsAppId { get; set; } = "11111111-aaaa-bbbb-cccc-000000000001";

    /// <summary>Answers every installation 403 for want of the permission.</summary>
    public bool PermissionMissing { get; set; }

    public IReadOnlyCollection<RecordedCall> Calls => calls;

    /// <summary>User ids for whom the app was installed through this server (not those who had it already).</summary>
    public IReadOnlyCollection<string> Installations => installed.Keys.ToList();

    /// <summary>Calls that arrived while a <c>Retry-After</c> this server announced was still running.</summary>
    public int IgnoredRetryAfter => Volatile.Read(ref ignoredRetryAfter);

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new FakeGraph(app);
        app.MapMethods("/v1.0/{**path}", ["GET", "POST"], graph.HandleAsync);
        await app.StartAsync();
        graph.BaseUrl = $"{app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()}/v1.0";
        return graph;
    }

    public FakeGraphUser AddUser(string userPrincipalName, string displayName, string? mail = null)
    {
        var user = new FakeGraphUser(Guid.NewGuid().ToString(), displayName, userPrincipalName, mail ?? userPrincipalName);
        users[user.Id] = user;
        return user;
    }

    /// <summary>The app is already installed for the user (Graph answers 409 to installing it again).</summary>
    public void AlreadyInstalled(string userId) => installed[userId] = "before";

    /// <summary>The user cannot have the app: installing it is answered 404, as for a user without a Teams licence.</summary>
    public void Unlicensed(string userId) => unlicensed[userId] = 0;

    /// <summary>Answers the next <paramref name="count"/> calls 429 with a <c>Retry-After</c> of <paramref name="seconds"/>.</summary>
    public void ThrottleNext(int count, int seconds)
    {
        Volatile.Write(ref throttleSeconds, seconds);
        Volatile.Write(ref throttleNext, count);
    }

    /// <summary>The chat id Graph gives for the user's chat with the bot.</summary>
    public static string ChatOf(string userId) => $"19:{userId}_bot@unq.gbl.spaces";

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string path)
    {
        var body = context.Request.ContentLength is > 0 || context.Request.Method == "POST"
            ? await new StreamReader(context.Request.Body).ReadToEndAsync()
            : "";
        var call = new RecordedCall(context.Request.Method, context.Request.Path + context.Request.QueryString, Uri.UnescapeDataString(path), context.Request.Headers.Authorization.ToString(), body.Length > 0 ? JsonNode.Parse(body) : null);
        calls.Enqueue(call);
        var now = Environment.TickCount64;
        if (now < Interlocked.Read(ref throttledUntil))
        {
            Interlocked.Increment(ref ignoredRetryAfter);
        }

        if (Interlocked.Decrement(ref throttleNext) >= 0)
        {
            var seconds = Volatile.Read(ref throttleSeconds);
            Interlocked.Exchange(ref throttledUntil, now + (seconds * 1000) - 50);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ErrorAsync(context, HttpStatusCode.TooManyRequests, "TooManyRequests", "Too many requests");
            return;
        }

        Interlocked.Exchange(ref throttleNext, 0);
        var segments = Uri.UnescapeDataString(path).Split('/');
        switch (context.Request.Method, segments)
        {
            case ("GET", ["users"]):
                var filter = context.Request.Query["$filter"].ToString();
                var mail = filter.StartsWith("mail eq '", StringComparison.Ordinal) ? filter["mail eq '".Length..^1].Replace("''", "'", StringComparison.Ordinal) : null;
                var matches = users.Values.Where(u => string.Equals(u.Mail, mail, StringComparison.OrdinalIgnoreCase)).Select(Json).ToArray();
                await context.Response.WriteAsJsonAsync(new JsonObject { ["value"] = new JsonArray(matches) });
                return;
            case ("GET", ["users", var who]):
                if (Find(who) is { } user)
                {
                    await context.Response.WriteAsJsonAsync(Json(user));
                    return;
                }

                await ErrorAsync(context, HttpStatusCode.NotFound, "Request_ResourceNotFound", $"Resource '{who}' does not exist.");
                return;
            case ("POST", ["users", var id, "teamwork", "installedApps"]):
                await InstallAsync(context, id, JsonNode.Parse(body)?["teamsApp@odata.bind"]?.ToString());
                return;
            case ("GET", ["users", var id, "teamwork", "installedApps"]):
                var apps = installed.ContainsKey(id) ? new JsonArray(new JsonObject { ["id"] = $"installation-{id}" }) : [];
                await context.Response.WriteAsJsonAsync(new JsonObject { ["value"] = apps });
                return;
            case ("GET", ["users", var id, "teamwork", "installedApps", var installation, "chat"]) when installed.ContainsKey(id) && installation == $"installation-{id}":
                await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = ChatOf(id) });
                return;
            default:
                await ErrorAsync(context, HttpStatusCode.NotFound, "NotFound", $"fake Graph: no {context.Request.Method} {path}");
                return;
        }
    }

    private async Task InstallAsync(HttpContext context, string userId, string? app)
    {
        if (PermissionMissing)
        {
            await ErrorAsync(context, HttpStatusCode.Forbidden, "Forbidden", PermissionMessage);
        }
        else if (!users.ContainsKey(userId) || unlicensed.ContainsKey(userId))
        {
            await ErrorAsync(context, HttpStatusCode.NotFound, "NotFound", "Failed to execute backend request: the user has no Teams license.");
        }
        else if (app is null || !app.EndsWith($"/appCatalogs/teamsApps/{TeamsAppId}", StringComparison.Ordinal))
        {
            await ErrorAsync(context, HttpStatusCode.BadRequest, "BadRequest", $"Unknown app {app}");
        }
        else if (!installed.TryAdd(userId, "now"))
        {
            await ErrorAsync(context, HttpStatusCode.Conflict, "Conflict", "App is already installed.");
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status201Created;
        }
    }

    private FakeGraphUser? Find(string idOrPrincipal) =>
        users.TryGetValue(idOrPrincipal, out var byId) ? byId : users.Values.FirstOrDefault(u => string.Equals(u.UserPrincipalName, idOrPrincipal, StringComparison.OrdinalIgnoreCase));

    private static JsonObject Json(FakeGraphUser user) => new()
    {
        ["id"] = user.Id,
        ["displayName"] = user.DisplayName,
        ["userPrincipalName"] = user.UserPrincipalName,
        ["mail"] = user.Mail,
    };

    private static Task ErrorAsync(HttpContext context, HttpStatusCode status, string code, string message)
    {
        context.Response.StatusCode = (int)status;
        return context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
    }
}
