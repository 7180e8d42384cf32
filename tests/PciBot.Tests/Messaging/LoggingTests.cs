using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PciBot.BotFramework.Authentication;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Messaging;

/// <summary>What the host logs during a conversation with tokens checked, as it would run in Teams.</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task NoTokenAndNoMessageTextIsLoggedAtInformationOrAbove()
    {
        await using var issuer = await TokenIssuer.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        using var logs = new LogCapture();
        const string Outbound = "outbound-token-3f9a7c";
        var settings = new Dictionary<string, string?>(issuer.BotSettings) { ["Logging:LogLevel:Default"] = "Trace" };
        await using var app = PciBotApp.Create(settings: settings, services: services =>
        {
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider>(new FixedBotToken(Outbound));
            services.AddSingleton<ILoggerProvider>(logs);
        });
        var token = issuer.CreateToken(connector.ServiceUrl, app.Clock.GetUtcNow());
        using var client = app.CreateClient();
        string[] secrets = ["bí mật số 7731", "mật khẩu kho 5520"];

        var answered = 0;
        foreach (var text in new[] { "trợ giúp", $"việc đến hạn quý này {secrets[0]}", $"nhiệm vụ 19 {secrets[1]}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Activities.PersonalMessage(connector.ServiceUrl, text, id: $"m-{answered}")) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answered++;
        }

        using (var refused = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Activities.PersonalMessage(connector.ServiceUrl, secrets[0])) })
        {
            refused.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.CreateToken(connector.ServiceUrl, app.Clock.GetUtcNow(), audience: "11111111-2222-3333-4444-555555555555"));
            using var response = await client.SendAsync(refused);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        await connector.WaitForDeliveriesAsync(answered, TimeSpan.FromSeconds(30));
        Assert.All(connector.Calls, c => Assert.Equal($"Bearer {Outbound}", c.Authorization));
        var visible = logs.Entries.Where(e => e.Level >= LogLevel.Information).Select(e => e.ToString()).ToList();
        Assert.NotEmpty(visible);
        Assert.Contains(logs.Entries, e => e.Category.StartsWith("PciBot", StringComparison.Ordinal));
        string[] forbidden = [token[..40], token[^40..], Outbound, .. secrets];
        Assert.DoesNotContain(visible, line => forbidden.Any(f => line.Contains(f, StringComparison.Ordinal)));
    }
}
