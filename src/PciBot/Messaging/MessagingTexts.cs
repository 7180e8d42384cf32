namespace PciBot.Messaging;

/// <summary>What Messaging says, one subclass per language; reached as <c>texts.Messaging</c>.</summary>
internal abstract class MessagingTexts
{
    public static MessagingTexts Vietnamese { get; } = new VietnameseMessagingTexts();

    public static MessagingTexts English { get; } = new EnglishMessagingTexts();

    public abstract string HelpTitle { get; }

    public abstract string HelpIntro { get; }

    public abstract IReadOnlyList<(string Example, string Meaning)> HelpExamples { get; }

    public abstract string Unknown(string text);
}
