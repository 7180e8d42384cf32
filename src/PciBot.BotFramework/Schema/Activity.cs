using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>A Bot Framework activity: what a channel posts to the bot and what the bot sends back.</summary>
public sealed class Activity
{
    /// <summary>One of <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; set; }

    /// <summary>The channel's id for the activity.</summary>
    public string? Id { get; set; }

    /// <summary>When the channel received the activity (UTC).</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, with the sender's offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The sender's IANA time zone name, when the channel sends it.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>The Bot Connector base URL to answer to; an absolute URL that may carry a path.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel, <c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; set; }

    /// <summary>The receiver; the bot on incoming activities.</summary>
    public ChannelAccount? Recipient { get; set; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The message text. Teams writes @mentions into it as <c>&lt;at&gt;Name&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }

    /// <summary>The sender's locale, e.g. <c>vi-VN</c>.</summary>
    public string? Locale { get; set; }

    /// <summary>Cards, files and other content.</summary>
    public IList<Attachment>? Attachments { get; set; }

    /// <summary><c>list</c> or <c>carousel</c>, for several attachments.</summary>
    public string? AttachmentLayout { get; set; }

    /// <summary>Mentions, client information and other metadata.</summary>
    public IList<Entity>? Entities { get; set; }

    /// <summary>The value of an invoke, or the data of an <c>Action.Submit</c>.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>The name of an invoke or event, e.g. <see cref="InvokeNames.AdaptiveCardAction"/>.</summary>
    public string? Name { get; set; }

    /// <summary>For <see cref="ActivityTypes.InstallationUpdate"/>, one of <see cref="InstallationUpdateActions"/>.</summary>
    public string? Action { get; set; }

    /// <summary>For <see cref="ActivityTypes.ConversationUpdate"/>: who joined (the bot itself when it is installed).</summary>
    public IList<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>For <see cref="ActivityTypes.ConversationUpdate"/>: who left.</summary>
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>The id of the activity this one answers (for a card action: the card's message).</summary>
    public string? ReplyToId { get; set; }

    /// <summary>Teams-specific data: tenant, team, channel, event type.</summary>
    public TeamsChannelData? ChannelData { get; set; }

    /// <summary>A short text shown where the content cannot be, e.g. in notifications for a card.</summary>
    public string? Summary { get; set; }

    /// <summary>Members this type does not model, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A new message activity with <paramref name="text"/> and <paramref name="attachments"/>.</summary>
    public static Activity CreateMessage(string? text = null, IEnumerable<Attachment>? attachments = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = attachments?.ToList(),
    };

    /// <summary>
    /// A message that answers this activity: from its recipient to its sender, in the same conversation,
    /// with <see cref="ReplyToId"/> set to its id and its service URL, channel and locale.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation?.Copy(),
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Locale = Locale,
        Text = text,
    };

    /// <summary>What to store to write into this conversation later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From?.Copy(),
        Bot = Recipient?.Copy(),
        Conversation = Conversation?.Copy(),
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>
    /// Addresses this activity to the conversation of <paramref name="reference"/>: from its bot to its user, with its
    /// channel and service URL, and its locale unless one is set. Returns this activity.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        From = reference.Bot?.Copy();
        Recipient = reference.User?.Copy();
        Conversation = reference.Conversation?.Copy();
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Locale ??= reference.Locale;
        return this;
    }

    /// <summary>The <c>mention</c> entities, in the order sent.</summary>
    public IReadOnlyList<Mention> GetMentions() => Entities?.OfType<Mention>().ToList() ?? [];

    /// <summary>
    /// <see cref="Text"/> with every <c>&lt;at&gt;…&lt;/at&gt;</c> fragment removed and the rest trimmed;
    /// an empty string when there is no text.
    /// </summary>
    public string TextWithoutMentions() => Text is null ? string.Empty : MentionText.Strip(Text, static _ => true);

    /// <summary>
    /// <see cref="Text"/> without the mentions of <see cref="Recipient"/> (the bot), trimmed; mentions of others stay.
    /// <see langword="null"/> when there is no text.
    /// </summary>
    public string? RemoveRecipientMention()
    {
        if (Text is null)
        {
            return null;
        }

        var recipientId = Recipient?.Id;
        var botMentions = GetMentions()
            .Where(m => recipientId is not null && string.Equals(m.Mentioned?.Id, recipientId, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Text)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return MentionText.Strip(Text, botMentions.Contains);
    }

    /// <summary>Reads <see cref="Value"/> as <typeparamref name="T"/>; <see langword="default"/> when there is none.</summary>
    /// <exception cref="JsonException">The value does not have the shape of <typeparamref name="T"/>.</exception>
    public T? GetValue<T>() => Value is { ValueKind: not JsonValueKind.Null } value
        ? value.Deserialize<T>(BotJson.Options)
        : default;
}
