namespace PciBot.BotFramework.Cards;

/// <summary>A text field (<c>Input.Text</c>).</summary>
public sealed class InputText : InputElement
{
    /// <summary>The initial value.</summary>
    public string? Value { get; set; }

    /// <summary>A hint shown while the field is empty.</summary>
    public string? Placeholder { get; set; }

    /// <summary>The most characters accepted.</summary>
    public int? MaxLength { get; set; }

    /// <summary><see langword="true"/> for a multi-line field.</summary>
    public bool? IsMultiline { get; set; }

    /// <summary>The keyboard and validation hint.</summary>
    public TextInputStyle? Style { get; set; }

    /// <summary>A regular expression the value must match.</summary>
    public string? Regex { get; set; }
}
