using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Tests.Schema;

public sealed class ActivityTests
{
    private static Activity Incoming() => new()
    {
        Type = ActivityTypes.Message,
        Id = "1730772877811",
        ServiceUrl = "https://smba.trafficmanager.net/apac/",
        ChannelId = "msteams",
        Locale = "vi-VN",
        From = new ChannelAccount { Id = "29:user", Name = "An", AadObjectId = "aad-user" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "PCI Bot" },
        Conversation = new ConversationAccount { Id = "19:abc@thread.tacv2;messageid=1", ConversationType = "channel", TenantId = "tenant", IsGroup = true },
        Text = "<at>PCI Bot</at> help",
    };

    [Fact]
    public void ReplyGoesFromTheBotToTheSenderInTheSameConversation()
    {
        var incoming = Incoming();

        var reply = incoming.CreateReply("Xin chào");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Xin chào", reply.Text);
        Assert.Equal("28:bot", reply.From?.Id);
        Assert.Equal("29:user", reply.Recipient?.Id);
        Assert.Equal(incoming.Conversation!.Id, reply.Conversation?.Id);
        Assert.Equal("tenant", reply.Conversation?.TenantId);
        Assert.Equal("1730772877811", reply.ReplyToId);
        Assert.Equal(incoming.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("vi-VN", reply.Locale);
    }

    [Fact]
    public void ChangingTheReplyLeavesTheIncomingActivityAlone()
    {
        var incoming = Incoming();

        var reply = incoming.CreateReply();
        reply.Conversation!.Id = "other";
        reply.From!.Name = "other";

        Assert.Equal("19:abc@thread.tacv2;messageid=1", incoming.Conversation!.Id);
        Assert.Equal("PCI Bot", incoming.Recipient!.Name);
    }

    [Fact]
    public void ConversationReferenceCapturesWhatAProactiveMessageNeeds()
    {
        var reference = Incoming().GetConversationReference();

        Assert.Equal("1730772877811", reference.ActivityId);
        Assert.Equal("29:user", reference.User?.Id);
        Assert.Equal("aad-user", reference.User?.AadObjectId);
        Assert.Equal("28:bot", reference.Bot?.Id);
        Assert.Equal("19:abc@thread.tacv2;messageid=1", reference.Conversation?.Id);
        Assert.Equal("tenant", reference.Conversation?.TenantId);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/apac/", reference.ServiceUrl);
        Assert.Equal("vi-VN", reference.Locale);
    }

    [Fact]
    public void AConversationReferenceAddressesAProactiveMessage()
    {
        var reference = Incoming().GetConversationReference();

        var message = Activity.CreateMessage("Nhắc việc").ApplyConversationReference(reference);

        Assert.Equal("28:bot", message.From?.Id);
        Assert.Equal("29:user", message.Recipient?.Id);
        Assert.Equal(reference.Conversation?.Id, message.Conversation?.Id);
        Assert.Equal(reference.ServiceUrl, message.ServiceUrl);
        Assert.Equal("msteams", message.ChannelId);
        Assert.Equal("vi-VN", message.Locale);
        Assert.Null(message.ReplyToId);
    }

    [Theory]
    [InlineData("<at>Bot</at>", "")]
    [InlineData("  <at>Bot</at>   hi  ", "hi")]
    [InlineData("hi <at>Bot</at> there", "hi there")]
    [InlineData("hi\n<AT>Bot</AT>\nthere", "hi there")]
    [InlineData("no mention", "no mention")]
    [InlineData("a <at>unclosed", "a <at>unclosed")]
    [InlineData("<at>A</at><at>B</at> x", "x")]
    public void TextWithoutMentionsStripsEveryAtTagAndTrims(string text, string expected)
        => Assert.Equal(expected, new Activity { Text = text }.TextWithoutMentions());

    [Fact]
    public void TextWithoutMentionsOfNoTextIsEmpty()
        => Assert.Equal(string.Empty, new Activity().TextWithoutMentions());

    [Fact]
    public void RemoveRecipientMentionOfNoTextIsNull()
        => Assert.Null(new Activity { Recipient = new ChannelAccount { Id = "28:bot" } }.RemoveRecipientMention());

    [Fact]
    public void RemoveRecipientMentionLeavesTextWithoutAMentionEntityAsItIs()
    {
        var activity = Incoming();

        Assert.Equal("<at>PCI Bot</at> help", activity.RemoveRecipientMention());
    }

    [Fact]
    public void StrippingAHugeRunOfUnclosedTagsStaysFast()
    {
        var activity = new Activity { Text = string.Concat(Enumerable.Repeat("<at>", 200_000)) };

        Assert.Equal(activity.Text, activity.TextWithoutMentions());
    }

    [Fact]
    public void GetValueOfAnActivityWithoutValueIsDefault()
        => Assert.Null(new Activity().GetValue<AdaptiveCardInvokeValue>());
}
