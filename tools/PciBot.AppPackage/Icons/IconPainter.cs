namespace PciBot.AppPackage.Icons;

/// <summary>Draws the two icons a Teams app package needs.</summary>
/// <remarks>
/// Teams' icon guidance: the colour icon is 192×192 on a solid square background (Teams rounds
/// the corners itself) with the symbol in the central 96×96, leaving 48 pixels that may be
/// cropped; the outline icon is 32×32, pure white (255, 255, 255) on full transparency, without
/// padding.
/// </remarks>
internal static class IconPainter
{
    public const int ColorSize = 192;
    public const int ColorSymbolSize = 96;
    public const int OutlineSize = 32;

    /// <summary>The background of the colour icon; the manifest's accentColor matches it.</summary>
    public const string Teal = "#0E7490";

    /// <summary>The check mark on the colour icon.</summary>
    public const string Gold = "#FACC15";

    // Samples per pixel along each axis; 8×8 gives smooth edges at these sizes.
    private const int Subsamples = 8;

    public static RgbaImage DrawColor()
    {
        var image = new RgbaImage(ColorSize, ColorSize);
        var background = Rgba.FromHex(Teal);
        var gold = Rgba.FromHex(Gold);
        const double origin = (ColorSize - ColorSymbolSize) / 2.0;

        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                // The bars and the check do not overlap, so blending them one after the other is exact.
                var bars = Coverage(PciBotGlyph.Bars, x, y, origin, ColorSymbolSize);
                var check = Coverage([PciBotGlyph.Check], x, y, origin, ColorSymbolSize);
                image[x, y] = background.Toward(Rgba.White, bars).Toward(gold, check);
            }
        }

        return image;
    }

    public static RgbaImage DrawOutline()
    {
        var image = new RgbaImage(OutlineSize, OutlineSize);
        Shape[] shapes = [.. PciBotGlyph.Bars, PciBotGlyph.Check];

        // One pixel of margin only, so that anti-aliased edges are not cut off.
        const double origin = 1;
        const double scale = OutlineSize - 2;
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                var alpha = (byte)Math.Round(255 * Coverage(shapes, x, y, origin, scale));
                image[x, y] = Rgba.White with { A = alpha };
            }
        }

        return image;
    }

    /// <summary>The share of pixel (x, y) covered by any of the shapes, with the unit square drawn at origin…origin+scale.</summary>
    private static double Coverage(IReadOnlyList<Shape> shapes, int x, int y, double origin, double scale)
    {
        var inside = 0;
        for (var sy = 0; sy < Subsamples; sy++)
        {
            for (var sx = 0; sx < Subsamples; sx++)
            {
                var u = (x + ((sx + 0.5) / Subsamples) - origin) / scale;
                var v = (y + ((sy + 0.5) / Subsamples) - origin) / scale;
                foreach (var shape in shapes)
                {
                    if (shape.Contains(u, v))
                    {
                        inside++;
                        break;
                    }
                }
            }
        }

        return inside / (double)(Subsamples * Subsamples);
    }
}
