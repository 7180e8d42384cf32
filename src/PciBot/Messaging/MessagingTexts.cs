namespace PciBot.Messaging;

/// <summary>What Messaging says, one subclass per language; reached as <c>texts.Messaging</c>.</summary>
internal abstract class MessagingTexts
{
    public static MessagingTexts Vietnamese { get; } = new VietnameseMessagingTexts();

    public static MessagingTexts English { get; } = new EnglishMessagingTexts();

    public abstract string HelpTitle { get; }

    public abstract string HelpIntro { get; }

    /// <summary>Messaging's own lines of the help card.</summary>
    public abstract IReadOnlyList<HelpTopic> Help { get; }

    public abstract string HelpSection(HelpAudience audience);

    /// <summary>Under the help card of someone the bot gives no role: how to get one.</summary>
    public abstract string HelpWithoutRole { get; }

    public abstract string SlowDown { get; }

    public abstract string Unknown(string text);
}
