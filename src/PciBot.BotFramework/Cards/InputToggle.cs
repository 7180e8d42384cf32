namespace PciBot.BotFramework.Cards;

/// <summary>A check box (<c>Input.Toggle</c>).</summary>
public sealed class InputToggle : InputElement
{
    /// <summary>Creates an empty toggle.</summary>
    public InputToggle()
    {
    }

    /// <summary>Creates a toggle labelled <paramref name="title"/>.</summary>
    public InputToggle(string title) => Title = title;

    /// <summary>The text next to the check box.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The initial value: <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
    public string? Value { get; set; }

    /// <summary>The value sent when checked (default <c>"true"</c>).</summary>
    public string? ValueOn { get; set; }

    /// <summary>The value sent when unchecked (default <c>"false"</c>).</summary>
    public string? ValueOff { get; set; }

    /// <summary><see langword="true"/> to wrap a long title.</summary>
    public bool? Wrap { get; set; }
}
