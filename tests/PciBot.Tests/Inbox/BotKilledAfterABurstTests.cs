using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Inbox;

/// <summary>The built bot as a real process, killed with SIGKILL right after it acknowledged a burst of messages, then started again.</summary>
[Collection(HeavyTests.Name)]
public sealed class BotKilledAfterABurstTests
{
    private const int Users = 8;
    private const int MessagesEach = 5;
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Teams holds every answer of the first process (the fake connector waits before it serves a post), so when it
    /// dies no answer has arrived and some are in flight; those are refused as a real server refuses a request whose
    /// client went away. The second process must answer each of the 40 acknowledged messages once, in order per chat.
    /// </summary>
    [Fact]
    public async Task EveryAcknowledgedMessageIsAnsweredExactlyOnceAfterTheProcessIsKilledAndStartedAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Latency = TimeSpan.FromMinutes(2);
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var port = FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Database:SqlitePath"] = Path.Combine(directory, "pcibot.db"),
            ["Seed:Directory"] = RepositoryRoot.Seeds,
            ["Bot:AppId"] = "",
            ["Bot:AllowUnauthenticated"] = "true",
            ["Bot:Connector:AttemptTimeout"] = "00:01:00",
            ["Bot:Connector:TotalTimeout"] = "00:02:00",
            ["Dispatch:DefaultServiceUrl"] = connector.ServiceUrl,
            ["Inbox:Instance"] = "burst-test",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        try
        {
            using (var first = BotProcess.Start(settings))
            {
                await first.WaitUntilAsync(async () => await HealthyAsync(http), "the first process to start", Bounded);
                await Task.WhenAll(Enumerable.Range(1, Users).Select(async user =>
                {
                    for (var m = 1; m <= MessagesEach; m++)
                    {
                        using var response = await http.PostAsJsonAsync("api/messages", Activities.PersonalMessage(connector.ServiceUrl, "giúp", userId: $"29:burst-{user}", aadObjectId: $"aad-burst-{user}", id: $"burst-{user}-{m}"));
                        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    }
                }));
                await first.WaitUntilAsync(() => Task.FromResult(connector.Calls.Count > 0), "the first answers to be posted", Bounded);
                first.Kill();
            }

            Assert.Empty(connector.Deliveries);
            var heldAtKill = connector.Calls.Count;
            connector.Latency = TimeSpan.Zero;
            using (var second = BotProcess.Start(settings))
            {
                await second.WaitUntilAsync(() => Task.FromResult(connector.Deliveries.Count >= Users * MessagesEach), "every message to be answered", Bounded);
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            var answered = connector.Deliveries.Select(d => d.Call.Path).ToList();
            Assert.Equal(Users * MessagesEach, answered.Count);
            Assert.Equal(answered.Count, answered.Distinct(StringComparer.Ordinal).Count());
            Assert.InRange(heldAtKill, 1, Users);
            for (var user = 1; user <= Users; user++)
            {
                var prefix = $"/v3/conversations/a:personal-29:burst-{user}/activities/";
                var order = answered.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p[prefix.Length..]).ToList();
                Assert.Equal(Enumerable.Range(1, MessagesEach).Select(m => $"burst-{user}-{m}"), order);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<bool> HealthyAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("healthz");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
