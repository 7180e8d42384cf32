namespace PciBot.BotFramework.Cards;

/// <summary>A run of text with its own formatting inside a <see cref="RichTextBlock"/>.</summary>
public sealed class TextRun
{
    /// <summary>Creates an empty run.</summary>
    public TextRun()
    {
    }

    /// <summary>Creates a run of <paramref name="text"/>.</summary>
    public TextRun(string text) => Text = text;

    /// <summary>Always <c>TextRun</c>.</summary>
    public string Type { get; } = "TextRun";

    /// <summary>The text (no Markdown).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The weight.</summary>
    public TextWeight? Weight { get; set; }

    /// <summary>The size.</summary>
    public TextSize? Size { get; set; }

    /// <summary>The colour.</summary>
    public TextColor? Color { get; set; }

    /// <summary><see langword="true"/> to dim the text.</summary>
    public bool? IsSubtle { get; set; }

    /// <summary><see langword="true"/> for italics.</summary>
    public bool? Italic { get; set; }

    /// <summary><see langword="true"/> to strike the text through.</summary>
    public bool? Strikethrough { get; set; }

    /// <summary><see langword="true"/> to highlight the text.</summary>
    public bool? Highlight { get; set; }

    /// <summary><see langword="true"/> to underline the text.</summary>
    public bool? Underline { get; set; }

    /// <summary>The font family.</summary>
    public FontType? FontType { get; set; }
}
