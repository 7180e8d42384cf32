using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;

namespace PciBot.Graph;

/// <summary>
/// The few Microsoft Graph calls the bot makes, over one typed client: find a user, install the app for them, and get
/// the chat between them and the bot. Throttling (429) and unavailability (503, 504) are waited out as
/// <c>Retry-After</c> says, up to <see cref="GraphOptions.MaxRetries"/> times.
/// </summary>
internal sealed class GraphClient(
    HttpClient http,
    GraphTokens tokens,
    IOptions<GraphOptions> options,
    [FromKeyedServices(ConnectorOptions.ClockKey)] TimeProvider clock,
    ILogger<GraphClient> logger)
{
    private const string UserFields = "$select=id,displayName,userPrincipalName,mail";

    /// <summary>
    /// The user whose principal name is <paramref name="principal"/>, else the one whose mail is; several users with that
    /// mail is an answer of its own, never a guess.
    /// </summary>
    public async Task<GraphLookup> FindUserAsync(string principal, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(principal);
        using (var response = await SendAsync(HttpMethod.Get, $"users/{Uri.EscapeDataString(principal)}?{UserFields}", null, ct))
        {
            if (response.IsSuccessStatusCode)
            {
                return new GraphLookup(GraphLookupOutcome.Found, await UserAsync(response, ct), 1);
            }

            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                return new GraphLookup(GraphLookupOutcome.PermissionMissing);
            }

            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                throw await FailureAsync(response, ct);
            }
        }

        var quoted = principal.Replace("'", "''", StringComparison.Ordinal);
        using var byMail = await SendAsync(HttpMethod.Get, $"users?$filter={Uri.EscapeDataString($"mail eq '{quoted}'")}&{UserFields}", null, ct);
        if (byMail.StatusCode == HttpStatusCode.Forbidden)
        {
            return new GraphLookup(GraphLookupOutcome.PermissionMissing);
        }

        if (!byMail.IsSuccessStatusCode)
        {
            throw await FailureAsync(byMail, ct);
        }

        var users = (await byMail.Content.ReadFromJsonAsync<JsonObject>(ct))?["value"]?.AsArray() ?? [];
        return users.Count switch
        {
            0 => new GraphLookup(GraphLookupOutcome.NotFound),
            1 => new GraphLookup(GraphLookupOutcome.Found, User(users[0]!.AsObject()), 1),
            _ => new GraphLookup(GraphLookupOutcome.Ambiguous, null, users.Count),
        };
    }

    /// <summary>Installs the app of the catalog id <see cref="GraphOptions.TeamsAppId"/> in the user's personal scope.</summary>
    public async Task<GraphInstallOutcome> InstallAppAsync(string userId, CancellationToken ct)
    {
        var appId = options.Value.TeamsAppId ?? throw new InvalidOperationException("Graph:TeamsAppId is not set.");
        var body = new JsonObject { ["teamsApp@odata.bind"] = $"{options.Value.BaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{appId}" };
        using var response = await SendAsync(HttpMethod.Post, $"users/{Uri.EscapeDataString(userId)}/teamwork/installedApps", body, ct);
        if (response.IsSuccessStatusCode)
        {
            return GraphInstallOutcome.Installed;
        }

        var (code, message) = await ErrorAsync(response, ct);
        return response.StatusCode switch
        {
            HttpStatusCode.Conflict => GraphInstallOutcome.AlreadyInstalled,
            HttpStatusCode.Forbidden when NamesPermission(code, message) => PermissionMissing("install", message),
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest => GraphInstallOutcome.NotAvailable,
            _ => throw new GraphException(response.StatusCode, code, message),
        };
    }

    /// <summary>The id of the chat between the user and the bot, once the app is installed for them; null when it is not.</summary>
    public async Task<string?> ChatIdAsync(string userId, CancellationToken ct)
    {
        var appId = options.Value.TeamsAppId ?? throw new InvalidOperationException("Graph:TeamsAppId is not set.");
        var user = Uri.EscapeDataString(userId);
        var filter = Uri.EscapeDataString($"teamsApp/id eq '{appId.Replace("'", "''", StringComparison.Ordinal)}'");
        string? installation;
        using (var response = await SendAsync(HttpMethod.Get, $"users/{user}/teamwork/installedApps?$expand=teamsApp&$filter={filter}", null, ct))
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync(response, ct);
            }

            var apps = (await response.Content.ReadFromJsonAsync<JsonObject>(ct))?["value"]?.AsArray() ?? [];
            installation = apps.Select(a => (string?)a?["id"]).FirstOrDefault(id => id is { Length: > 0 });
        }

        if (installation is null)
        {
            return null;
        }

        using var chat = await SendAsync(HttpMethod.Get, $"users/{user}/teamwork/installedApps/{Uri.EscapeDataString(installation)}/chat", null, ct);
        if (!chat.IsSuccessStatusCode)
        {
            throw await FailureAsync(chat, ct);
        }

        return (string?)(await chat.Content.ReadFromJsonAsync<JsonObject>(ct))?["id"];
    }

    private static bool NamesPermission(string? code, string? message) =>
        string.Equals(code, "Authorization_RequestDenied", StringComparison.OrdinalIgnoreCase)
        || (message?.Contains("permission", StringComparison.OrdinalIgnoreCase) ?? false);

    private GraphInstallOutcome PermissionMissing(string call, string? detail)
    {
        GraphLog.PermissionMissing(logger, call, detail);
        return GraphInstallOutcome.PermissionMissing;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            if (await tokens.GetTokenAsync(ct) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var response = await http.SendAsync(request, ct);
            if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
                || attempt > settings.MaxRetries)
            {
                return response;
            }

            var wait = RetryAfter(response) ?? settings.BaseDelay * Math.Pow(2, attempt - 1);
            if (wait > settings.MaxRetryAfter)
            {
                return response;
            }

            GraphLog.Retrying(logger, (int)response.StatusCode, method, wait, attempt);
            response.Dispose();
            await Task.Delay(wait, clock, ct);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static async Task<GraphUser> UserAsync(HttpResponseMessage response, CancellationToken ct) =>
        User(await response.Content.ReadFromJsonAsync<JsonObject>(ct) ?? throw new GraphException("Graph answered an empty user."));

    private static GraphUser User(JsonObject user) => new(
        (string?)user["id"] ?? throw new GraphException("Graph answered a user without an id."),
        (string?)user["displayName"],
        (string?)user["userPrincipalName"],
        (string?)user["mail"]);

    private static async Task<GraphException> FailureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var (code, message) = await ErrorAsync(response, ct);
        return new GraphException(response.StatusCode, code, message);
    }

    private static async Task<(string? Code, string? Message)> ErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var error = (await response.Content.ReadFromJsonAsync<JsonObject>(ct))?["error"];
            return ((string?)error?["code"], (string?)error?["message"]);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
