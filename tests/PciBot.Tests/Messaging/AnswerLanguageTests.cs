using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.People;
using PciBot.Testing;
using PciBot.Tests.Admin;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Messaging;

/// <summary>
/// The bot answers in the language of the words, whatever the client's locale (Agents Playground's is en-US); words that
/// say nothing follow the locale, and card presses follow the language the person last wrote in.
/// </summary>
public sealed class AnswerLanguageTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private PciBotApp app = null!;
    private int sent;

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

    private async Task<JsonObject> AnswerAsync(JsonObject activity)
    {
        activity["id"] = $"msg-{++sent}";
        var before = connector.Calls.Count(Answers);
        await app.PostActivityAsync(activity);
        for (var waited = 0; connector.Calls.Count(Answers) == before; waited++)
        {
            Assert.True(waited < 200, "No answer came.");
            await Task.Delay(50);
        }

        return connector.Calls.Where(Answers).ElementAt(before).Body!.AsObject();
    }

    /// <summary>A message posted, or a card replaced in place.</summary>
    private static bool Answers(RecordedCall call) => call.Method is "POST" or "PUT";

    private Task<JsonObject> FromPlaygroundAsync(string text, string locale = "en-US")
    {
        var message = Playground.Message(connector.ServiceUrl, text);
        message["locale"] = locale;
        return AnswerAsync(message);
    }

    /// <summary>What the person reads: the words and the cards, without the ids of the exchange.</summary>
    private static string Read(JsonObject answer) => $"{answer["text"]?.ToJsonString()} {answer["attachments"]?.ToJsonString()}";

    [Theory]
    [InlineData("trợ giúp", "vi-VN")]
    [InlineData("tro giup", "vi-VN")]
    [InlineData("viec den han quy nay", "vi-VN")]
    [InlineData("nhiem vu 19", "vi-VN")]
    [InlineData("nhiệm vụ 19", "vi-VN")]
    [InlineData("help", "en-US")]
    [InlineData("what's due this quarter", "en-US")]
    [InlineData("task 8", "en-US")]
    public async Task WordsAreAnsweredInTheirLanguageWhateverTheClientLocale(string text, string language)
    {
        var fromEnglishClient = await FromPlaygroundAsync(text, "en-US");
        var fromVietnameseClient = await FromPlaygroundAsync(text, "vi-VN");

        Assert.Equal(language, (string?)fromEnglishClient["locale"]);
        Assert.Equal(language, (string?)fromVietnameseClient["locale"]);
        Assert.Equal(Read(fromEnglishClient), Read(fromVietnameseClient));
    }

    [Theory]
    [InlineData("trợ giúp", "PciBot có thể giúp gì?")]
    [InlineData("tro giup", "PciBot có thể giúp gì?")]
    [InlineData("help", "What PciBot can do")]
    public async Task TheHelpCardIsInTheLanguageOfTheWords(string text, string title)
    {
        var answer = await FromPlaygroundAsync(text, text == "help" ? "vi-VN" : "en-US");

        Assert.Contains(title, AdminScenario.Readable(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19")]
    [InlineData("PGI 2")]
    [InlineData("A.III")]
    public async Task WordsThatSayNothingFollowTheClientLocale(string text)
    {
        var english = await FromPlaygroundAsync(text, "en-US");
        var vietnamese = await FromPlaygroundAsync(text, "vi-VN");

        Assert.Equal("en-US", (string?)english["locale"]);
        Assert.Equal("vi-VN", (string?)vietnamese["locale"]);
        Assert.NotEqual(Read(english), Read(vietnamese));
    }

    [Fact]
    public async Task AMentionAloneFollowsTheClientLocale()
    {
        var english = Activities.ChannelMessage(connector.ServiceUrl, "");
        english["locale"] = "en-US";

        var answer = await AnswerAsync(english);
        var vietnamese = await AnswerAsync(Activities.ChannelMessage(connector.ServiceUrl, ""));

        Assert.Equal("en-US", (string?)answer["locale"]);
        Assert.Equal("vi-VN", (string?)vietnamese["locale"]);
    }

    private async Task<string> PressAsync()
    {
        var press = Playground.CardAction(connector.ServiceUrl, "nothing.here", new JsonObject { ["verb"] = "nothing.here" }, replyToId: "card-1", id: $"invoke-{++sent}");
        using var response = await app.PostActivityAsync(press);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (string)body["value"]!["message"]!;
    }

    [Fact]
    public async Task ACardPressFollowsTheLanguageThePersonLastWroteInElseTheClientLocale()
    {
        Assert.Equal("This action is not supported yet.", await PressAsync());

        await FromPlaygroundAsync("nhiem vu 19");
        Assert.Equal("Thao tác này chưa được hỗ trợ.", await PressAsync());
        Assert.Equal("vi", await app.WithDbAsync(db => db.People.Where(p => p.AadObjectId == Playground.UserAadObjectId).Select(p => p.Language).SingleAsync()));

        await FromPlaygroundAsync("task 8", "vi-VN");
        Assert.Equal("This action is not supported yet.", await PressAsync());

        await FromPlaygroundAsync("19", "vi-VN");
        Assert.Equal("This action is not supported yet.", await PressAsync());
        Assert.Equal("en", await app.WithDbAsync(db => db.People.Where(p => p.AadObjectId == Playground.UserAadObjectId).Select(p => p.Language).SingleAsync()));
    }

    private Task<JsonObject> SubmitAsync()
    {
        var submit = Playground.Message(connector.ServiceUrl, "");
        submit.Remove("text");
        submit["replyToId"] = "card-1";
        submit["value"] = new JsonObject { ["verb"] = "questions.more", ["question"] = "19", ["page"] = 1 };
        return AnswerAsync(submit);
    }

    [Fact]
    public async Task AnActionSubmitFollowsTheLanguageThePersonLastWroteInElseTheClientLocale()
    {
        var before = await SubmitAsync();
        await FromPlaygroundAsync("tro giup");
        var after = await SubmitAsync();

        Assert.Equal("en", (string?)before["attachments"]![0]!["content"]!["lang"]);
        Assert.Equal("vi", (string?)after["attachments"]![0]!["content"]!["lang"]);
    }
}
