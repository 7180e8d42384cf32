namespace PciBot.BotFramework.Cards;

/// <summary>A paragraph made of differently formatted <see cref="TextRun"/>s.</summary>
public sealed class RichTextBlock : CardElement
{
    /// <summary>The runs, in order.</summary>
    public IList<TextRun> Inlines { get; set; } = [];

    /// <summary>The horizontal alignment.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; set; }
}
