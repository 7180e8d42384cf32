namespace PciBot.BotFramework.Cards;

/// <summary>A column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    /// <summary>Always <c>Column</c>.</summary>
    public string Type { get; } = "Column";

    /// <summary>A unique id, e.g. for <see cref="ActionToggleVisibility"/>.</summary>
    public string? Id { get; set; }

    /// <summary>The elements, in order.</summary>
    public IList<CardElement> Items { get; set; } = [];

    /// <summary>The width: <see cref="ColumnWidth.Auto"/>, <see cref="ColumnWidth.Stretch"/>, a weight or pixels.</summary>
    public ColumnWidth? Width { get; set; }

    /// <summary>The background style.</summary>
    public ContainerStyle? Style { get; set; }

    /// <summary>Where the items sit vertically.</summary>
    public VerticalContentAlignment? VerticalContentAlignment { get; set; }

    /// <summary><see langword="false"/> to hide the column initially.</summary>
    public bool? IsVisible { get; set; }

    /// <summary>The space to the left of the column.</summary>
    public Spacing? Spacing { get; set; }

    /// <summary><see langword="true"/> to draw a line to the left of the column.</summary>
    public bool? Separator { get; set; }

    /// <summary>An action run when the column is selected (not <see cref="ActionShowCard"/>).</summary>
    public CardAction? SelectAction { get; set; }
}
