namespace PciBot.AppPackage.Icons;

/// <summary>
/// The PciBot symbol in a unit square (x to the right, y downwards): three rising bars for the
/// indices the plan improves, and a check mark for the reports that come in.
/// </summary>
internal static class PciBotGlyph
{
    private const double CornerRadius = 0.05;

    public static IReadOnlyList<Shape> Bars { get; } =
    [
        Shape.RoundedBox(0.00, 0.66, 0.24, 1.00, CornerRadius),
        Shape.RoundedBox(0.38, 0.44, 0.62, 1.00, CornerRadius),
        Shape.RoundedBox(0.76, 0.20, 1.00, 1.00, CornerRadius),
    ];

    public static Shape Check { get; } = Shape.Stroke(0.11, (0.06, 0.27), (0.22, 0.43), (0.55, 0.06));
}
