namespace PciBot.BotFramework.Cards;

/// <summary>A group of elements, e.g. to give them a style or to show and hide them together.</summary>
public sealed class Container : CardElement
{
    /// <summary>The elements, in order.</summary>
    public IList<CardElement> Items { get; set; } = [];

    /// <summary>The background style.</summary>
    public ContainerStyle? Style { get; set; }

    /// <summary><see langword="true"/> to let the background reach the parent's edges.</summary>
    public bool? Bleed { get; set; }

    /// <summary>Where the items sit vertically.</summary>
    public VerticalContentAlignment? VerticalContentAlignment { get; set; }

    /// <summary>An action run when the container is selected (not <see cref="ActionShowCard"/>).</summary>
    public CardAction? SelectAction { get; set; }
}
