using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PciBot.Testing;

/// <summary>
/// A Teams Connector stand-in: a real HTTP server on loopback that records every call the bot makes and answers
/// like the service does. On request it also enforces Teams' rate limits, injects faults, and refuses chosen
/// conversations or members; it notes every call a client makes to a conversation while a <c>Retry-After</c> it
/// announced for that conversation is still running.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private const string MembersSegment = "/members/";
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan HalfMinute = TimeSpan.FromSeconds(30);

    private readonly WebApplication app;
    private readonly FakeConnectorOptions options;
    private readonly ConcurrentQueue<RecordedCall> calls = new();
    private readonly ConcurrentQueue<Delivery> deliveries = new();
    private readonly ConcurrentDictionary<string, int> callsTo = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (HttpStatusCode Status, string Code)> refusals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> throttleNext = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> created = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim arrived = new(0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly Random random;
    private readonly SlidingWindow global = new();
    private readonly Dictionary<string, SlidingWindow> windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> retryAfterEnds = new(StringComparer.Ordinal);
    private int nextId;
    private int nextConversation;
    private int throttled;
    private int injectedFaults;
    private int ignoredRetryAfter;

    private FakeConnector(WebApplication app, FakeConnectorOptions options)
    {
        this.app = app;
        this.options = options;
        random = new Random(options.Seed);
        Latency = options.Latency;
    }

    /// <summary>The serviceUrl to put on activities, with a path as real service URLs have.</summary>
    public string ServiceUrl { get; private set; } = "";

    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    /// <summary>Every call, in the order it arrived, whatever it was answered.</summary>
    public IReadOnlyCollection<RecordedCall> Calls => calls;

    /// <summary>Every activity accepted into a conversation (sent or replied), in order.</summary>
    public IReadOnlyCollection<Delivery> Deliveries => deliveries;

    /// <summary>The conversation opened for each member, by member id.</summary>
    public IReadOnlyDictionary<string, string> CreatedConversations => created;

    /// <summary>Members Teams knows, as "get member" returns them; others get a made-up name.</summary>
    public ConcurrentDictionary<string, string> MemberNames { get; } = new(StringComparer.Ordinal);

    /// <summary>What "get member" answers for a member, serialized as given: the shape another client sends (Agents Playground's spelling).</summary>
    public ConcurrentDictionary<string, object> MemberAnswers { get; } = new(StringComparer.Ordinal);

    /// <summary>How long each call waits before it is served; a call the client gives up during this wait is not served.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>429 answers, for whatever reason.</summary>
    public int Throttled => Volatile.Read(ref throttled);

    /// <summary>Calls answered with an injected fault.</summary>
    public int InjectedFaults => Volatile.Read(ref injectedFaults);

    /// <summary>
    /// Calls to a conversation (or, for creating one, about a member) made while a <c>Retry-After</c> announced for it
    /// was still running: each was throttled a second time. A client that honours <c>Retry-After</c> keeps this at 0.
    /// </summary>
    public int IgnoredRetryAfter => Volatile.Read(ref ignoredRetryAfter);

    public static async Task<FakeConnector> StartAsync(FakeConnectorOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options?.Port ?? 0}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app, options ?? new FakeConnectorOptions());
        app.MapMethods("/teams/v3/{**path}", ["POST", "PUT", "GET", "DELETE"], connector.HandleAsync);
        app.MapGet("/files/{name}", (string name) => connector.files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = $"{address}/teams/";
        return connector;
    }

    /// <summary>
    /// Serves <paramref name="content"/> the way OneDrive serves a file a user sent the bot in a personal chat: at a
    /// pre-authorized address fetched with a plain GET. Returns that address.
    /// </summary>
    public string HostFile(string name, byte[] content)
    {
        files[name] = content;
        return $"{ServiceUrl.Replace("/teams/", "", StringComparison.Ordinal)}/files/{Uri.EscapeDataString(name)}";
    }

    /// <summary>The conversation id created for <paramref name="memberId"/>, or null if none was.</summary>
    public string? ConversationOf(string memberId) => created.GetValueOrDefault(memberId);

    /// <summary>
    /// From now on, answers every call to the conversation, or every attempt to open one with the member,
    /// <paramref name="status"/>: 403 <c>ConversationBlockedByUser</c> or 404 <c>ConversationNotFound</c> unless
    /// <paramref name="code"/> says otherwise.
    /// </summary>
    public void Refuse(string conversationOrMemberId, HttpStatusCode status, string? code = null) =>
        refusals[conversationOrMemberId] = (status, code ?? (status == HttpStatusCode.Forbidden ? "ConversationBlockedByUser" : "ConversationNotFound"));

    /// <summary>Answers the next call to the conversation 429 with a <c>Retry-After</c> of <paramref name="seconds"/>.</summary>
    public void ThrottleNext(string conversationId, int seconds)
    {
        lock (gate)
        {
            throttleNext[conversationId] = seconds;
        }
    }

    /// <summary>Calls addressed to the conversation, or attempts to open one with the member, whatever they were answered.</summary>
    public int CallsTo(string conversationOrMemberId) => callsTo.GetValueOrDefault(conversationOrMemberId);

    /// <summary>The activities accepted into one conversation, in order.</summary>
    public IReadOnlyList<Delivery> DeliveriesTo(string conversationId) =>
        deliveries.Where(d => d.ConversationId == conversationId).ToList();

    /// <summary>Waits until <paramref name="count"/> calls have arrived in all, or fails after <paramref name="timeout"/> (30 s: a busy CI machine answers slowly).</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (calls.Count < count)
        {
            await arrived.WaitAsync(cts.Token);
        }

        return calls.ToList();
    }

    /// <summary>
    /// The first call after the first <paramref name="before"/> that matches, waiting for it: other calls (notices the
    /// dispatcher sends in the background) may arrive meanwhile.
    /// </summary>
    public async Task<RecordedCall> WaitForCallAfterAsync(int before, Func<RecordedCall, bool> match)
    {
        for (var count = before + 1; ; count++)
        {
            if ((await WaitForCallsAsync(count)).Skip(before).FirstOrDefault(match) is { } call)
            {
                return call;
            }
        }
    }

    /// <summary>Waits until <paramref name="count"/> activities have been accepted in all, or fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForDeliveriesAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (deliveries.Count < count)
        {
            await Task.Delay(10, cts.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        arrived.Dispose();
        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context, string path)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var json = body.Length == 0 ? null : JsonNode.Parse(body);
        var rawPath = rawTarget[rawTarget.IndexOf("/v3/", StringComparison.Ordinal)..];
        var creates = context.Request.Method == "POST" && path == "conversations";
        var call = new RecordedCall(
            context.Request.Method,
            rawPath,
            Uri.UnescapeDataString("/v3/" + path),
            context.Request.Headers.Authorization.ToString(),
            options.KeepBodies ? json : null)
        {
            ConversationId = creates ? null : ConversationIn(rawPath),
            MemberId = creates ? (string?)json?["members"]?[0]?["id"] : null,
        };
        calls.Enqueue(call);
        arrived.Release();
        var key = call.ConversationId ?? call.MemberId ?? "";
        callsTo.AddOrUpdate(key, 1, (_, n) => n + 1);

        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        try
        {
            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency, aborted.Token);
            }

            var (verdict, status, code, retryAfter) = Decide(key);
            if (verdict == Verdict.Refuse)
            {
                await WriteErrorAsync(context, status, code, retryAfter);
                return;
            }

            if (UnknownPrincipal(context, call) is not null)
            {
                await WriteErrorAsync(context, HttpStatusCode.NotFound, "MemberNotFoundInConversation", null);
                return;
            }

            var answer = Serve(context, call, creates);
            if (verdict == Verdict.ServeLate)
            {
                await Task.Delay(options.TimeoutHold, aborted.Token);
            }

            await context.Response.WriteAsJsonAsync(answer, aborted.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, or the fake is stopping.
        }
    }

    private (Verdict Verdict, HttpStatusCode Status, string Code, int? RetryAfter) Decide(string key)
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            if (refusals.TryGetValue(key, out var refusal))
            {
                return (Verdict.Refuse, refusal.Status, refusal.Code, null);
            }

            if (throttleNext.Remove(key, out var seconds))
            {
                return Throttle(key, now, seconds);
            }

            if (key.Length > 0 && retryAfterEnds.TryGetValue(key, out var end) && now < end)
            {
                ignoredRetryAfter++;
                throttled++;
                return (Verdict.Refuse, HttpStatusCode.TooManyRequests, "Throttled", WholeSeconds(Stopwatch.GetElapsedTime(now, end)));
            }

            if (options.FaultRate > 0 && random.NextDouble() < options.FaultRate && DrawFault() is { } fault)
            {
                injectedFaults++;
                switch (fault)
                {
                    case FakeFaults.Throttle:
                        return Throttle(key, now, options.InjectedRetryAfterSeconds);
                    case FakeFaults.Unavailable:
                        return (Verdict.Refuse, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", null);
                    default:
                        Accept(key, now);
                        return (Verdict.ServeLate, HttpStatusCode.OK, "", null);
                }
            }

            var wait = options.GlobalPerSecond is { } perSecond ? global.WaitFor(now, perSecond, Second) : TimeSpan.Zero;
            if (options.EnforceConversationLimits && key.Length > 0 && windows.TryGetValue(key, out var window))
            {
                wait = Max(wait, window.WaitFor(now, options.PerConversationPerSecond, Second));
                wait = Max(wait, window.WaitFor(now, options.PerConversationPer30Seconds, HalfMinute));
            }

            if (wait > TimeSpan.Zero)
            {
                return Throttle(key, now, WholeSeconds(wait));
            }

            Accept(key, now);
            return (Verdict.Serve, HttpStatusCode.OK, "", null);
        }
    }

    private FakeFaults? DrawFault()
    {
        FakeFaults[] enabled = [.. new[] { FakeFaults.Throttle, FakeFaults.Unavailable, FakeFaults.Timeout }.Where(f => options.Faults.HasFlag(f))];
        return enabled.Length == 0 ? null : enabled[random.Next(enabled.Length)];
    }

    private (Verdict, HttpStatusCode, string, int?) Throttle(string key, long now, int seconds)
    {
        throttled++;
        if (key.Length > 0)
        {
            retryAfterEnds[key] = now + SlidingWindow.Ticks(TimeSpan.FromSeconds(seconds));
        }

        return (Verdict.Refuse, HttpStatusCode.TooManyRequests, "Throttled", seconds);
    }

    private void Accept(string key, long now)
    {
        global.Add(now, Second);
        if (key.Length > 0)
        {
            if (!windows.TryGetValue(key, out var window))
            {
                window = new SlidingWindow();
                windows.Add(key, window);
            }

            window.Add(now, HalfMinute);
        }
    }

    /// <summary>
    /// A member asked for by user principal name (as a team's roster is searched) that is not in <see cref="MemberAnswers"/>:
    /// Teams answers 404 for someone who is not a member.
    /// </summary>
    private string? UnknownPrincipal(HttpContext context, RecordedCall call)
    {
        if (context.Request.Method != "GET" || !call.Path.Contains(MembersSegment, StringComparison.Ordinal))
        {
            return null;
        }

        var member = call.Path[(call.Path.LastIndexOf(MembersSegment, StringComparison.Ordinal) + MembersSegment.Length)..];
        return member.Contains('@', StringComparison.Ordinal) && !MemberAnswers.ContainsKey(member) ? member : null;
    }

    private object Serve(HttpContext context, RecordedCall call, bool creates)
    {
        var id = Interlocked.Increment(ref nextId);
        if (creates)
        {
            var conversation = call.MemberId is { } member
                ? created.GetOrAdd(member, _ => $"a:created-{Interlocked.Increment(ref nextConversation)}")
                : $"a:created-{Interlocked.Increment(ref nextConversation)}";
            return new { id = conversation, activityId = $"activity-{id}" };
        }

        if (context.Request.Method == "GET" && call.Path.Contains(MembersSegment, StringComparison.Ordinal))
        {
            var member = call.Path[(call.Path.LastIndexOf(MembersSegment, StringComparison.Ordinal) + MembersSegment.Length)..];
            if (MemberAnswers.TryGetValue(member, out var answer))
            {
                return answer;
            }

            return new { id = member, name = MemberNames.TryGetValue(member, out var name) ? name : $"Member {member}", aadObjectId = $"aad-{member}", userPrincipalName = $"{member.Replace(":", "", StringComparison.Ordinal)}@example.gov.vn" };
        }

        var activityId = $"activity-{id}";
        if (context.Request.Method == "POST" && call.ConversationId is { } conversationId)
        {
            deliveries.Enqueue(new Delivery(conversationId, activityId, call));
        }

        return new { id = activityId };
    }

    private static Task WriteErrorAsync(HttpContext context, HttpStatusCode status, string code, int? retryAfter)
    {
        context.Response.StatusCode = (int)status;
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return context.Response.WriteAsJsonAsync(new { error = new { code, message = $"fake connector: {code}" } });
    }

    /// <summary>The conversation id in "/v3/conversations/{id}/…" as sent (escaped), unescaped; null for other paths.</summary>
    private static string? ConversationIn(string rawPath)
    {
        const string Prefix = "/v3/conversations/";
        if (!rawPath.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = rawPath[Prefix.Length..];
        var query = rest.IndexOf('?', StringComparison.Ordinal);
        rest = query < 0 ? rest : rest[..query];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return Uri.UnescapeDataString(slash < 0 ? rest : rest[..slash]);
    }

    private static int WholeSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private enum Verdict
    {
        Serve,
        ServeLate,
        Refuse,
    }
}
