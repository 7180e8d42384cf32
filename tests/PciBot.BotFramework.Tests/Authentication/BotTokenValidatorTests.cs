using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PciBot.BotFramework.Authentication;
using PciBot.BotFramework.Schema;
using PciBot.BotFramework.Tests.TestSupport;

namespace PciBot.BotFramework.Tests.Authentication;

public sealed class BotTokenValidatorTests(TestOpenIdServer server) : IClassFixture<TestOpenIdServer>, IDisposable
{
    // Far from the real date, so a check against the system clock instead of the injected one would fail.
    private static readonly DateTimeOffset Now = new(2031, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private readonly FakeTimeProvider clock = new(Now);
    private readonly ServiceProvider services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

    [Fact]
    public async Task AcceptsAValidTokenFromTheTeamsChannel()
    {
        var result = await Validator().ValidateAsync(Bearer(server.CreateToken(Now)), TeamsActivity(), CancellationToken.None);

        Assert.True(result.IsValid, result.Failure.ToString());
        Assert.Equal(TestOpenIdServer.ServiceUrl, result.ServiceUrl);
        Assert.Contains("msteams", result.Endorsements);
        Assert.Equal(TestOpenIdServer.Issuer, result.Identity?.FindFirst("iss")?.Value);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AcceptsTheOtherRsaAlgorithms(string algorithm)
    {
        var token = server.CreateToken(Now, credentials: server.TeamsKey.Credentials(algorithm));

        var result = await Validator().ValidateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        Assert.True(result.IsValid, result.Failure.ToString());
    }

    [Fact]
    public async Task RejectsATokenThatExpiredMoreThanFiveMinutesAgo()
    {
        var token = server.CreateToken(Now, notBefore: Now.AddHours(-1), expires: Now.AddMinutes(-5).AddSeconds(-1));

        await AssertRejected(BotAuthenticationFailure.Expired, token);
    }

    [Fact]
    public async Task AcceptsATokenThatExpiredWithinTheClockSkew()
    {
        var token = server.CreateToken(Now, notBefore: Now.AddHours(-1), expires: Now.AddMinutes(-4).AddSeconds(-59));

        var result = await Validator().ValidateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        Assert.True(result.IsValid, result.Failure.ToString());
    }

    [Fact]
    public async Task RejectsATokenThatIsNotValidYet()
    {
        var token = server.CreateToken(Now, notBefore: Now.AddMinutes(5).AddSeconds(1), expires: Now.AddHours(1));

        await AssertRejected(BotAuthenticationFailure.NotYetValid, token);
    }

    [Fact]
    public async Task AcceptsATokenThatBecomesValidWithinTheClockSkew()
    {
        var token = server.CreateToken(Now, notBefore: Now.AddMinutes(4), expires: Now.AddHours(1));

        var result = await Validator().ValidateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        Assert.True(result.IsValid, result.Failure.ToString());
    }

    [Fact]
    public async Task AdvancingTheInjectedClockPastExpiryRejectsTheSameToken()
    {
        var token = server.CreateToken(Now, expires: Now.AddMinutes(10));
        var validator = Validator();
        Assert.True((await validator.ValidateAsync(Bearer(token), TeamsActivity(), CancellationToken.None)).IsValid);

        clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        Assert.Equal(BotAuthenticationFailure.Expired, (await validator.ValidateAsync(Bearer(token), TeamsActivity(), CancellationToken.None)).Failure);
    }

    [Fact]
    public Task RejectsATokenFromAnotherIssuer()
        => AssertRejected(BotAuthenticationFailure.InvalidIssuer, server.CreateToken(Now, issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"));

    [Fact]
    public Task RejectsATokenForAnotherBot()
        => AssertRejected(BotAuthenticationFailure.InvalidAudience, server.CreateToken(Now, audience: "11111111-2222-3333-4444-555555555555"));

    [Fact]
    public async Task RejectsATokenSignedByAnotherKeyUnderAPublishedKeyId()
    {
        using var impostor = new TestSigningKey(server.TeamsKey.KeyId, "msteams");

        await AssertRejected(BotAuthenticationFailure.InvalidSignature, server.CreateToken(Now, key: impostor));
    }

    [Fact]
    public async Task RejectsATokenSignedByAnUnknownKey()
    {
        using var unknown = new TestSigningKey("unknown-key", "msteams");

        await AssertRejected(BotAuthenticationFailure.UnknownSigningKey, server.CreateToken(Now, key: unknown));
    }

    [Fact]
    public Task RejectsAKeyThatIsNotEndorsedForTheActivitysChannel()
        => AssertRejected(BotAuthenticationFailure.NotEndorsed, server.CreateToken(Now, key: server.WebChatKey));

    [Fact]
    public async Task RejectsAnActivityWithoutAChannelId()
    {
        var activity = TeamsActivity();
        activity.ChannelId = null;

        await AssertRejected(BotAuthenticationFailure.NotEndorsed, server.CreateToken(Now), activity);
    }

    [Fact]
    public Task RejectsAServiceUrlClaimThatDiffersFromTheActivity()
        => AssertRejected(BotAuthenticationFailure.ServiceUrlMismatch, server.CreateToken(Now, serviceUrl: "https://smba.trafficmanager.net/emea/"));

    [Fact]
    public async Task ComparesTheServiceUrlIgnoringCase()
    {
        var token = server.CreateToken(Now, serviceUrl: TestOpenIdServer.ServiceUrl.ToUpperInvariant());

        var result = await Validator().ValidateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        Assert.True(result.IsValid, result.Failure.ToString());
    }

    [Fact]
    public Task RejectsATokenWithoutAServiceUrlClaim()
        => AssertRejected(BotAuthenticationFailure.MissingServiceUrlClaim, server.CreateToken(Now, serviceUrl: null));

    [Fact]
    public async Task RejectsARequestWithoutAnAuthorizationHeader()
    {
        var result = await Validator().ValidateAsync(null, TeamsActivity(), CancellationToken.None);

        Assert.Equal(BotAuthenticationFailure.MissingAuthorization, result.Failure);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("Bearer")]
    public async Task RejectsAHeaderThatIsNotABearerToken(string header)
    {
        var result = await Validator().ValidateAsync(header, TeamsActivity(), CancellationToken.None);

        Assert.Equal(BotAuthenticationFailure.MalformedAuthorization, result.Failure);
    }

    [Fact]
    public Task RejectsGarbage() => AssertRejected(BotAuthenticationFailure.InvalidToken, "not.a.jwt");

    [Fact]
    public async Task RejectsAnUnsignedToken()
    {
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestOpenIdServer.Issuer,
            Audience = TestOpenIdServer.AppId,
            NotBefore = Now.AddMinutes(-1).UtcDateTime,
            Expires = Now.AddMinutes(30).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = TestOpenIdServer.ServiceUrl },
        });

        var result = await Validator().ValidateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task RejectsASymmetricallySignedToken()
    {
        var secret = new SymmetricSecurityKey(SHA256.HashData(Encoding.UTF8.GetBytes("guessable"))) { KeyId = server.TeamsKey.KeyId };
        var token = server.CreateToken(Now, credentials: new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        var result = await Validator().ValidateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task RejectsEveryTokenWhenNoAppIdIsConfigured()
    {
        var result = await Validator(appId: null).ValidateAsync(Bearer(server.CreateToken(Now)), TeamsActivity(), CancellationToken.None);

        Assert.Equal(BotAuthenticationFailure.InvalidAudience, result.Failure);
    }

    [Fact]
    public async Task ReportsUnavailableMetadataInsteadOfThrowing()
    {
        var validator = Validator(metadataUrl: new Uri(server.BaseAddress, "missing/openidconfiguration").ToString());

        var result = await validator.ValidateAsync(Bearer(server.CreateToken(Now)), TeamsActivity(), CancellationToken.None);

        Assert.Equal(BotAuthenticationFailure.MetadataUnavailable, result.Failure);
    }

    [Fact]
    public async Task RefusesToFetchMetadataOverPlainHttpWhenHttpsIsRequired()
    {
        var result = await Validator(requireHttps: true).ValidateAsync(Bearer(server.CreateToken(Now)), TeamsActivity(), CancellationToken.None);

        Assert.Equal(BotAuthenticationFailure.MetadataUnavailable, result.Failure);
    }

    [Fact]
    public async Task FetchesTheKeysOnceForManyRequests()
    {
        var validator = Validator();
        var before = server.KeySetRequests;

        for (var i = 0; i < 5; i++)
        {
            Assert.True((await validator.ValidateAsync(Bearer(server.CreateToken(Now)), TeamsActivity(), CancellationToken.None)).IsValid);
        }

        Assert.Equal(before + 1, server.KeySetRequests);
    }

    [Fact]
    public async Task FetchesTheKeysAgainWhenATokenNamesAKeyPublishedSinceTheLastFetch()
    {
        var validator = Validator();
        Assert.True((await validator.ValidateAsync(Bearer(server.CreateToken(Now)), TeamsActivity(), CancellationToken.None)).IsValid);
        var rotated = server.Publish(new TestSigningKey("rotated-key", "msteams"));
        clock.Advance(TimeSpan.FromMinutes(5));

        var result = await validator.ValidateAsync(Bearer(server.CreateToken(clock.GetUtcNow(), key: rotated)), TeamsActivity(), CancellationToken.None);

        Assert.True(result.IsValid, result.Failure.ToString());
    }

    [Fact]
    public async Task TokensWithUnknownKeysDoNotMakeItFetchTheKeysAgainWithinFiveMinutes()
    {
        var validator = Validator();
        Assert.True((await validator.ValidateAsync(Bearer(server.CreateToken(Now)), TeamsActivity(), CancellationToken.None)).IsValid);
        var fetched = server.KeySetRequests;
        using var unknown = new TestSigningKey("never-published", "msteams");
        clock.Advance(TimeSpan.FromMinutes(4));

        for (var i = 0; i < 10; i++)
        {
            var result = await validator.ValidateAsync(Bearer(server.CreateToken(clock.GetUtcNow(), key: unknown)), TeamsActivity(), CancellationToken.None);
            Assert.Equal(BotAuthenticationFailure.UnknownSigningKey, result.Failure);
        }

        Assert.Equal(fetched, server.KeySetRequests);
    }

    [Fact]
    public async Task FetchesTheKeysAgainOnceTheyAreTwelveHoursOld()
    {
        var validator = Validator();
        Assert.True((await validator.ValidateAsync(Bearer(server.CreateToken(Now)), TeamsActivity(), CancellationToken.None)).IsValid);
        var fetched = server.KeySetRequests;

        clock.Advance(TimeSpan.FromHours(12));
        Assert.True((await validator.ValidateAsync(Bearer(server.CreateToken(clock.GetUtcNow())), TeamsActivity(), CancellationToken.None)).IsValid);

        Assert.Equal(fetched + 1, server.KeySetRequests);
    }

    public void Dispose() => services.Dispose();

    private async Task AssertRejected(BotAuthenticationFailure expected, string token, Activity? activity = null)
    {
        var result = await Validator().ValidateAsync(Bearer(token), activity ?? TeamsActivity(), CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Failure);
        Assert.Null(result.Identity);
    }

    private BotTokenValidator Validator(string? appId = TestOpenIdServer.AppId, string? metadataUrl = null, bool requireHttps = false)
        => new(
            Options.Create(new BotFrameworkOptions
            {
                AppId = appId,
                AppPassword = "unused",
                TenantId = "3c9e1f2a-7b4d-4e8a-b6c5-0d1f2e3a4b5c",
                OpenIdMetadataUrl = metadataUrl ?? server.MetadataUrl,
                RequireHttpsMetadata = requireHttps,
            }),
            services.GetRequiredService<IHttpClientFactory>(),
            clock,
            NullLogger<BotTokenValidator>.Instance);

    private static string Bearer(string token) => "Bearer " + token;

    private static Activity TeamsActivity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = TestOpenIdServer.ServiceUrl,
        Conversation = new ConversationAccount { Id = "a:1" },
        From = new ChannelAccount { Id = "29:1" },
    };
}
