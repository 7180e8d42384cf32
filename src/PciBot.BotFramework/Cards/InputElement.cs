namespace PciBot.BotFramework.Cards;

/// <summary>An input; its value is sent under its <see cref="CardElement.Id"/> by <see cref="ActionExecute"/> and <see cref="ActionSubmit"/>.</summary>
public abstract class InputElement : CardElement
{
    /// <summary>The label shown above the input.</summary>
    public string? Label { get; set; }

    /// <summary><see langword="true"/> if the action may not be sent while the input is empty.</summary>
    public bool? IsRequired { get; set; }

    /// <summary>The message shown when the input fails validation.</summary>
    public string? ErrorMessage { get; set; }
}
