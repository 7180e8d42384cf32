namespace PciBot.BotFramework.Cards;

/// <summary>A drop-down list, radio buttons or check boxes (<c>Input.ChoiceSet</c>).</summary>
public sealed class InputChoiceSet : InputElement
{
    /// <summary>The options, in order.</summary>
    public IList<Choice> Choices { get; set; } = [];

    /// <summary><see langword="true"/> to allow several choices; the value is then comma-separated.</summary>
    public bool? IsMultiSelect { get; set; }

    /// <summary>How the options are shown.</summary>
    public ChoiceInputStyle? Style { get; set; }

    /// <summary>The initially chosen value(s), comma-separated.</summary>
    public string? Value { get; set; }

    /// <summary>A hint shown while nothing is chosen (compact style).</summary>
    public string? Placeholder { get; set; }

    /// <summary><see langword="true"/> to wrap long option titles.</summary>
    public bool? Wrap { get; set; }
}
