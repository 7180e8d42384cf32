namespace PciBot.BotFramework.Cards;

/// <summary>Columns side by side.</summary>
public sealed class ColumnSet : CardElement
{
    /// <summary>The columns, from left to right.</summary>
    public IList<Column> Columns { get; set; } = [];

    /// <summary>The background style.</summary>
    public ContainerStyle? Style { get; set; }

    /// <summary>The horizontal alignment of the columns.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; set; }

    /// <summary>An action run when the set is selected (not <see cref="ActionShowCard"/>).</summary>
    public CardAction? SelectAction { get; set; }
}
