namespace PciBot.BotFramework.Schema;

/// <summary>An @mention: <see cref="Text"/> is the <c>&lt;at&gt;…&lt;/at&gt;</c> fragment as it appears in the message text.</summary>
public sealed class Mention : Entity
{
    /// <summary>The entity type of a mention.</summary>
    public const string EntityType = "mention";

    /// <summary>Creates an empty mention.</summary>
    public Mention() => Type = EntityType;

    /// <summary>The account that is mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>The text that renders the mention, e.g. <c>&lt;at&gt;Jane Doe&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }

    /// <summary>A mention of <paramref name="account"/> whose <see cref="Text"/> is <c>&lt;at&gt;name&lt;/at&gt;</c>.</summary>
    public static Mention Of(ChannelAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new Mention
        {
            Mentioned = new ChannelAccount { Id = account.Id, Name = account.Name },
            Text = $"<at>{account.Name}</at>",
        };
    }
}
