using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Messaging;

/// <summary>What the bot did not understand, it quotes as the person wrote it, diacritics and capitals included.</summary>
public sealed class UnknownReplyTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private PciBotApp app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = PciBotApp.Create();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Theory]
    [InlineData("Trời  hôm nay đẹp quá nhỉ", "vi-VN", "PciBot chưa hiểu \"Trời hôm nay đẹp quá nhỉ\"")]
    [InlineData("Lovely weather Today", "en-US", "PciBot did not understand \"Lovely weather Today\"")]
    public async Task TheReplyQuotesTheWordsAsTyped(string text, string locale, string expected)
    {
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, text, locale: locale));

        var reply = Assert.Single(await connector.WaitForCallsAsync(1));
        Assert.StartsWith(expected, (string?)reply.Body!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVeryLongMessageIsQuotedShortened()
    {
        var text = string.Concat(Enumerable.Repeat("mưa rơi ", 40));

        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, text));

        var reply = (string?)Assert.Single(await connector.WaitForCallsAsync(1)).Body!["text"];
        Assert.Contains("\"mưa rơi mưa rơi", reply, StringComparison.Ordinal);
        Assert.Contains("…\"", reply, StringComparison.Ordinal);
        Assert.True(reply!.Length < 400, reply);
    }
}
