namespace PciBot.BotFramework.Cards;

/// <summary>A block of text (a subset of Markdown).</summary>
public sealed class TextBlock : CardElement
{
    /// <summary>Creates an empty text block.</summary>
    public TextBlock()
    {
    }

    /// <summary>Creates a text block showing <paramref name="text"/>.</summary>
    public TextBlock(string text) => Text = text;

    /// <summary>The text; may contain <c>&lt;at&gt;…&lt;/at&gt;</c> for a mention listed in <see cref="TeamsCardProperties.Entities"/>.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary><see langword="true"/> to wrap long text instead of cutting it.</summary>
    public bool? Wrap { get; set; }

    /// <summary>The weight.</summary>
    public TextWeight? Weight { get; set; }

    /// <summary>The size.</summary>
    public TextSize? Size { get; set; }

    /// <summary>The colour.</summary>
    public TextColor? Color { get; set; }

    /// <summary><see langword="true"/> to dim the text.</summary>
    public bool? IsSubtle { get; set; }

    /// <summary>The most lines to show when wrapping.</summary>
    public int? MaxLines { get; set; }

    /// <summary>The horizontal alignment.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; set; }

    /// <summary>The semantic style, e.g. <see cref="TextBlockStyle.Heading"/>.</summary>
    public TextBlockStyle? Style { get; set; }

    /// <summary>The font family.</summary>
    public FontType? FontType { get; set; }
}
