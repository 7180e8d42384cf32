namespace PciBot.BotFramework.Cards;

/// <summary>A date picker (<c>Input.Date</c>); dates are written as <c>yyyy-MM-dd</c>.</summary>
public sealed class InputDate : InputElement
{
    /// <summary>The initial value.</summary>
    public DateOnly? Value { get; set; }

    /// <summary>A hint shown while no date is picked.</summary>
    public string? Placeholder { get; set; }

    /// <summary>The earliest date accepted.</summary>
    public DateOnly? Min { get; set; }

    /// <summary>The latest date accepted.</summary>
    public DateOnly? Max { get; set; }
}
