using System.Globalization;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>The width of a <see cref="Column"/>: <c>"auto"</c>, <c>"stretch"</c>, a relative weight, or <c>"&lt;n&gt;px"</c>.</summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public sealed record ColumnWidth
{
    private ColumnWidth(string? keyword, int number)
    {
        Keyword = keyword;
        Number = number;
    }

    /// <summary>As wide as the content needs.</summary>
    public static ColumnWidth Auto { get; } = new("auto", 0);

    /// <summary>Shares the remaining width with the other stretched columns.</summary>
    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    /// <summary><c>"auto"</c>, <c>"stretch"</c> or <c>"px"</c>; <see langword="null"/> for a weight.</summary>
    internal string? Keyword { get; }

    /// <summary>The weight or the number of pixels.</summary>
    internal int Number { get; }

    /// <summary>A share of the width relative to the other weighted columns.</summary>
    public static ColumnWidth Weight(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new ColumnWidth(null, weight);
    }

    /// <summary>A fixed width in pixels.</summary>
    public static ColumnWidth Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        return new ColumnWidth("px", pixels);
    }

    /// <summary>The value as the card schema writes it.</summary>
    public override string ToString() => Keyword switch
    {
        null => Number.ToString(CultureInfo.InvariantCulture),
        "px" => string.Create(CultureInfo.InvariantCulture, $"{Number}px"),
        _ => Keyword,
    };
}
