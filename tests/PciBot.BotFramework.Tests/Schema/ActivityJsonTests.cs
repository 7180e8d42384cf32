using System.Text.Json;
using PciBot.BotFramework.Schema;
using PciBot.BotFramework.Tests.TestSupport;

namespace PciBot.BotFramework.Tests.Schema;

public sealed class ActivityJsonTests
{
    public static TheoryData<string> Fixtures() => new(Fixture.ActivityNames());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EveryFixtureRoundTripsWithoutLosingAMember(string name)
    {
        var original = Fixture.ReadNode(name);

        var activity = JsonSerializer.Deserialize<Activity>(Fixture.Read(name), BotJson.Options);

        JsonAssert.Equivalent(original, JsonAssert.Serialize(activity));
    }

    [Fact]
    public void ReadsAPersonalMessageWithABotMention()
    {
        var activity = Read("personal-message-with-mention.json");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal(ConversationTypes.Personal, activity.Conversation?.ConversationType);
        Assert.Equal("Nguyễn Văn An", activity.From?.Name);
        Assert.Equal("6f0b2d4e-8a1c-4f3b-9e7d-2c5a1b0f8e3d", activity.From?.AadObjectId);
        Assert.Equal(new DateTimeOffset(2024, 11, 5, 2, 14, 37, TimeSpan.Zero).AddTicks(8532091), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(7), activity.LocalTimestamp?.Offset);
        var mention = Assert.Single(activity.GetMentions());
        Assert.Equal(activity.Recipient?.Id, mention.Mentioned?.Id);
        Assert.Equal("<at>PCI Bot</at>", mention.Text);
        Assert.Equal("status Q4", activity.TextWithoutMentions());
        Assert.Equal("status Q4", activity.RemoveRecipientMention());
    }

    [Fact]
    public void KeepsMembersItDoesNotModelForTheRoundTrip()
    {
        var activity = Read("personal-message-with-mention.json");

        Assert.Equal("urn:botframework:azure", activity.Properties?["callerId"].GetString());
        var clientInfo = Assert.Single(activity.Entities!, e => e.Type == "clientInfo");
        Assert.IsNotType<Mention>(clientInfo);
        Assert.Equal("Asia/Saigon", clientInfo.Properties?["timezone"].GetString());
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(JsonValueKind.String, Assert.IsType<JsonElement>(attachment.Content).ValueKind);
    }

    [Fact]
    public void ReadsAChannelMessageWithTeamChannelAndTenant()
    {
        var activity = Read("channel-message.json");

        Assert.Equal(ConversationTypes.Channel, activity.Conversation?.ConversationType);
        Assert.True(activity.Conversation?.IsGroup);
        Assert.EndsWith(";messageid=1730861900001", activity.Conversation?.Id, StringComparison.Ordinal);
        Assert.Equal("19:5a4b3c2d1e0f4a9b8c7d6e5f4a3b2c1d@thread.tacv2", activity.ChannelData?.Team?.Id);
        Assert.Equal("19:8d2f0c1e4b6a4f3e9a7c5b1d0e2f3a4b@thread.tacv2", activity.ChannelData?.Channel?.Id);
        Assert.Equal("3c9e1f2a-7b4d-4e8a-b6c5-0d1f2e3a4b5c", activity.ChannelData?.Tenant?.Id);
        Assert.True(activity.ChannelData?.Properties?.ContainsKey("teamsTeamId"));
        Assert.Equal("1730861900001", activity.ReplyToId);
    }

    [Fact]
    public void RemovesOnlyTheBotMentionAndKeepsMentionsOfPeople()
    {
        var activity = Read("channel-message.json");

        Assert.Equal(2, activity.GetMentions().Count);
        Assert.Equal("nhắc việc <at>Trần Thị Bình</at>", activity.RemoveRecipientMention());
        Assert.Equal("nhắc việc", activity.TextWithoutMentions());
    }

    [Fact]
    public void ReadsTheInstallationOfTheApp()
    {
        var activity = Read("installation-update-add.json");

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal(InstallationUpdateActions.Add, activity.Action);
        Assert.Null(activity.From?.Name);
        Assert.Equal("3c9e1f2a-7b4d-4e8a-b6c5-0d1f2e3a4b5c", activity.ChannelData?.Tenant?.Id);
    }

    [Fact]
    public void ReadsTheRemovalOfTheAppFromATeam()
    {
        var activity = Read("installation-update-remove.json");

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal(InstallationUpdateActions.Remove, activity.Action);
        Assert.Equal("Phòng Kế hoạch", activity.ChannelData?.Team?.Name);
        Assert.Equal("9b8a7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", activity.ChannelData?.Team?.AadGroupId);
    }

    [Fact]
    public void ReadsTheBotBeingAddedToATeam()
    {
        var activity = Read("conversation-update-bot-added-to-team.json");

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal("teamMemberAdded", activity.ChannelData?.EventType);
        Assert.Equal(activity.Recipient?.Id, Assert.Single(activity.MembersAdded!).Id);
    }

    [Fact]
    public void ReadsTheVerbAndDataOfAnAdaptiveCardAction()
    {
        var activity = Read("adaptive-card-action.json");

        Assert.Equal(ActivityTypes.Invoke, activity.Type);
        Assert.Equal(InvokeNames.AdaptiveCardAction, activity.Name);
        var value = activity.GetValue<AdaptiveCardInvokeValue>();
        Assert.NotNull(value);
        Assert.Equal("manual", value.Trigger);
        Assert.Equal("Action.Execute", value.Action?.Type);
        Assert.Equal("confirmTask", value.Action?.Verb);
        Assert.Equal("T-42", value.Action?.Data?.GetProperty("taskId").GetString());
        Assert.Equal("Xác nhận", value.Action?.Properties?["title"].GetString());
    }

    [Fact]
    public void OmitsNullMembersWhenWriting()
    {
        var json = JsonAssert.Serialize(Activity.CreateMessage("hello"));

        JsonAssert.Equivalent("""{"type":"message","text":"hello"}""", json);
    }

    [Fact]
    public void WritesUtcTimestampsWithAZ()
    {
        var activity = new Activity { Timestamp = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 600, TimeSpan.Zero) };

        Assert.Equal("""{"timestamp":"2024-01-02T03:04:05.6Z"}""", JsonSerializer.Serialize(activity, BotJson.Options));
    }

    [Fact]
    public void WritesAMentionEntityWithItsAccountAndText()
    {
        var activity = Activity.CreateMessage("<at>Jane</at> please check");
        activity.Entities = [Mention.Of(new ChannelAccount { Id = "29:jane", Name = "Jane" })];

        var json = JsonAssert.Serialize(activity);

        JsonAssert.Equivalent(
            """{"type":"message","text":"<at>Jane</at> please check","entities":[{"type":"mention","mentioned":{"id":"29:jane","name":"Jane"},"text":"<at>Jane</at>"}]}""",
            json);
    }

    [Theory]
    [InlineData("serviceUrl")]
    [InlineData("serviceurl")]
    [InlineData("ServiceUrl")]
    public void RejectsADuplicatedServiceUrl(string secondName)
    {
        var json = $$"""{"type":"message","serviceUrl":"https://smba.trafficmanager.net/apac/","{{secondName}}":"https://attacker.example/"}""";

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Activity>(json, BotJson.Options));
    }

    [Theory]
    [InlineData("""{"type":5}""")]
    [InlineData("""{"type":"message","from":"29:abc"}""")]
    [InlineData("""{"type":"message","membersAdded":{"id":"29:abc"}}""")]
    [InlineData("""{"type":"message","entities":["mention"]}""")]
    [InlineData("""{"type":"message","entities":[{"type":"mention","text":7}]}""")]
    [InlineData("""{"type":"message","timestamp":"yesterday"}""")]
    public void RejectsMembersOfTheWrongJsonType(string json)
        => Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Activity>(json, BotJson.Options));

    [Fact]
    public void RejectsNestingDeeperThanTheLimit()
    {
        var json = """{"type":"message","value":""" + new string('[', 100) + new string(']', 100) + "}";

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Activity>(json, BotJson.Options));
    }

    private static Activity Read(string name)
        => JsonSerializer.Deserialize<Activity>(Fixture.Read(name), BotJson.Options) ?? throw new InvalidOperationException(name);
}
