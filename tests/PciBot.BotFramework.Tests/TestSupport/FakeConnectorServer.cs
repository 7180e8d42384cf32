using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PciBot.BotFramework.Tests.TestSupport;

internal sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string? ContentType, string Body, long ArrivedAt);

/// <summary>What the fake connector answers next; <see cref="Hang"/> keeps the request open until the client gives up.</summary>
internal sealed record ScriptedAnswer(int Status, string? Body = null, string? RetryAfter = null, bool Hang = false);

/// <summary>A Bot Connector stand-in on loopback (real Kestrel) that records every request and answers from a script.</summary>
internal sealed class FakeConnectorServer : IAsyncDisposable
{
    public const string CorrelationId = "c0ffee00-1234-4abc-9def-0123456789ab";

    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<ScriptedAnswer> script = new();
    private WebApplication? app;
    private int served;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var server = new FakeConnectorServer();
        var builder = LoopbackServer.CreateBuilder();
        server.app = builder.Build();
        server.app.Run(server.AnswerAsync);
        server.BaseAddress = await LoopbackServer.StartAsync(server.app);
        return server;
    }

    public void Answer(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            script.Enqueue(answer);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization,
            context.Request.ContentType,
            body,
            arrivedAt));

        var number = Interlocked.Increment(ref served);
        var answer = script.TryDequeue(out var next) ? next : new ScriptedAnswer(200, $$"""{"id":"activity-{{number}}"}""");
        if (answer.Hang)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        context.Response.StatusCode = answer.Status;
        context.Response.Headers["X-Correlating-OperationId"] = CorrelationId;
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }
}
