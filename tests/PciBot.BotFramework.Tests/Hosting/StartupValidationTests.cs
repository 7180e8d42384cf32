using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Hosting;
using PciBot.BotFramework.Tests.TestSupport;

namespace PciBot.BotFramework.Tests.Hosting;

public sealed class StartupValidationTests
{
    private static readonly Dictionary<string, string?> Anonymous = new() { ["Bot:AllowUnauthenticated"] = "true" };

    [Fact]
    public async Task AcceptsRequestsWithoutATokenInDevelopmentWithoutAnAppId()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous, environment: "Development");

        using var response = await host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), Json(Fixture.Read("personal-message-with-mention.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Handler.Received);
    }

    [Fact]
    public async Task StillChecksATokenThatIsSentInAnonymousMode()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous, environment: "Development");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Json(Fixture.Read("personal-message-with-mention.json")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Handler.Received);
    }

    [Fact]
    public async Task StillValidatesTheActivityInAnonymousMode()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous, environment: "Development");

        using var response = await host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), Json("""{"type":"message"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WarnsAtStartWhenAnonymousModeIsOn()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous, environment: "Development");

        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("AllowUnauthenticated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task RefusesToStartWithAnonymousModeOutsideDevelopment(string environment)
    {
        var message = await StartupFailure(Anonymous, environment);

        Assert.Contains("Bot:AllowUnauthenticated is only allowed in the Development environment", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToStartWithAnonymousModeAndAnAppId()
    {
        var message = await StartupFailure(
            new()
            {
                ["Bot:AllowUnauthenticated"] = "true",
                ["Bot:AppId"] = TestOpenIdServer.AppId,
                ["Bot:AppPassword"] = "secret",
                ["Bot:TenantId"] = "tenant",
            },
            "Development");

        Assert.Contains("Bot:AllowUnauthenticated cannot be combined with Bot:AppId", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToStartWithoutAnAppIdUnlessAnonymousModeIsOn()
    {
        var message = await StartupFailure([], "Development");

        Assert.Contains("Bot:AppId is not set", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToStartWithAnAppIdButNoPasswordOrTenant()
    {
        var message = await StartupFailure(new() { ["Bot:AppId"] = TestOpenIdServer.AppId }, "Production");

        Assert.Contains("Bot:AppPassword is required", message, StringComparison.Ordinal);
        Assert.Contains("Bot:TenantId is required", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToStartWithThePasswordInASettingsFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bot-settings-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"Bot":{"AppPassword":"in-a-file"}}""");
        try
        {
            var message = await StartupFailure(
                new() { ["Bot:AppId"] = TestOpenIdServer.AppId, ["Bot:TenantId"] = "tenant" },
                "Production",
                configuration => configuration.AddJsonFile(file));

            Assert.Contains("Bot:AppPassword must not be stored in", message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task StartsWithACompleteSingleTenantConfiguration()
    {
        await using var app = BotTestHost.Build(
            new Dictionary<string, string?> { ["Bot:AppId"] = TestOpenIdServer.AppId, ["Bot:AppPassword"] = "secret", ["Bot:TenantId"] = "tenant" },
            "Production");

        await app.StartAsync();
        await app.StopAsync();
    }

    [Theory]
    [InlineData("Bot:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("Bot:TokenAuthority", "not a url")]
    [InlineData("Bot:MaxRequestBodyBytes", "10")]
    [InlineData("Bot:Connector:BaseDelay", "00:00:00")]
    [InlineData("Bot:Connector:MaxRetryAttempts", "50")]
    [InlineData("Bot:Connector:TotalTimeout", "00:00:01")]
    public async Task RefusesToStartWithAnInvalidSetting(string key, string value)
    {
        var settings = new Dictionary<string, string?>(Anonymous) { [key] = value };

        var message = await StartupFailure(settings, "Development");

        Assert.Contains(key.Split(':')[^1], message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MappingTheEndpointWithoutRegisteringTheProtocolFailsClearly()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapBotMessages());

        Assert.Contains("AddBotFramework", exception.Message, StringComparison.Ordinal);
    }

    private static async Task<string> StartupFailure(
        Dictionary<string, string?> settings, string environment, Action<IConfigurationBuilder>? configure = null)
    {
        await using var app = BotTestHost.Build(settings, environment, configure: configure);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        var validation = exception as OptionsValidationException
            ?? (exception as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault();
        Assert.NotNull(validation);
        return string.Join(Environment.NewLine, validation.Failures);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
