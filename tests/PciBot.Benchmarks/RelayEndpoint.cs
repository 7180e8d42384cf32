using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PciBot.Benchmarks;

/// <summary>
/// The relay floor: Kestrel on loopback that reads the activity, posts one fixed card (<c>card</c>, the bot's own answer
/// to the same text, so of the same size) as the reply to the activity's conversation on its connector, and answers
/// 200. No token check, no database, no queue: the least any bot can do to answer a message.
/// </summary>
internal static class RelayEndpoint
{
    public static WebApplication Build(byte[] card, HttpClient connector)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var json = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var bearer = new AuthenticationHeaderValue("Bearer", "relay-token");
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var root = activity.RootElement;
            var serviceUrl = root.GetProperty("serviceUrl").GetString()!;
            var conversation = root.GetProperty("conversation").GetProperty("id").GetString()!;
            var id = root.GetProperty("id").GetString()!;
            var url = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{Uri.EscapeDataString(id)}";
            using var reply = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(card) };
            reply.Content.Headers.ContentType = json;
            reply.Headers.Authorization = bearer;
            using var answered = await connector.SendAsync(reply, context.RequestAborted);
            return answered.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(502);
        });
        return app;
    }
}
