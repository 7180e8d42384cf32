namespace PciBot.BotFramework.Cards;

/// <summary>A number field (<c>Input.Number</c>).</summary>
public sealed class InputNumber : InputElement
{
    /// <summary>The initial value.</summary>
    public double? Value { get; set; }

    /// <summary>A hint shown while the field is empty.</summary>
    public string? Placeholder { get; set; }

    /// <summary>The smallest value accepted.</summary>
    public double? Min { get; set; }

    /// <summary>The largest value accepted.</summary>
    public double? Max { get; set; }
}
