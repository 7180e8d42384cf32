using PciBot.AppPackage.Icons;

namespace PciBot.Tests.Manifest;

public sealed class IconTests
{
    private static PngFile Color => PngFile.Read(Path.Combine(RepositoryFolder.Manifest, "color.png"));

    private static PngFile Outline => PngFile.Read(Path.Combine(RepositoryFolder.Manifest, "outline.png"));

    [Fact]
    public void TheColorIconIsA192PixelSquareTruecolourPng()
    {
        var png = Color;

        Assert.Equal((192, 192, 8), (png.Width, png.Height, png.BitDepth));
        Assert.Contains(png.ColourType, new[] { PngFile.ColourTypeRgb, PngFile.ColourTypeRgba });
    }

    [Fact]
    public void TheColorIconIsInFullColourOnASolidSquare()
    {
        var png = Color;
        var corner = png.Pixel(0, 0);

        // Teams rounds the corners itself and asks for a solid square: no transparent corners.
        Assert.All(new[] { png.Pixel(191, 0), png.Pixel(0, 191), png.Pixel(191, 191) }, p => Assert.Equal(corner, p));
        Assert.Equal(255, corner.A);
        Assert.True(png.Pixels().Select(p => (p.R, p.G, p.B)).Distinct().Count() > 3, "expected more than a few colours");
        Assert.Contains(png.Pixels(), p => p.R != p.G || p.G != p.B);
    }

    [Fact]
    public void TheColorIconKeepsItsSymbolInsideTheCentral96Pixels()
    {
        var png = Color;
        var background = png.Pixel(0, 0);

        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var inSafeArea = x is >= 48 and < 144 && y is >= 48 and < 144;
                if (!inSafeArea)
                {
                    Assert.True(png.Pixel(x, y) == background, $"pixel ({x}, {y}) lies in the padding Teams may crop");
                }
            }
        }
    }

    [Fact]
    public void TheOutlineIconIsA32PixelSquarePngWithAlpha()
    {
        var png = Outline;

        Assert.Equal((32, 32, 8), (png.Width, png.Height, png.BitDepth));
        Assert.True(png.HasAlpha);
    }

    [Fact]
    public void EveryVisiblePixelOfTheOutlineIconIsWhite()
    {
        var visible = Outline.Pixels().Where(p => p.A > 0).ToList();

        Assert.NotEmpty(visible);
        Assert.All(visible, p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Fact]
    public void TheOutlineIconHasBothTransparentAndOpaquePixels()
    {
        var alphas = Outline.Pixels().Select(p => p.A).ToList();

        Assert.Contains((byte)0, alphas);
        Assert.Contains((byte)255, alphas);
    }

    [Fact]
    public void TheCommittedIconsAreExactlyWhatTheGeneratorDraws()
    {
        // Compared pixel by pixel, not byte by byte: another zlib may compress the same pixels differently.
        Assert.Equal(Pixels(IconPainter.DrawColor()), Color.Rgba);
        Assert.Equal(Pixels(IconPainter.DrawOutline()), Outline.Rgba);
    }

    [Fact]
    public void TheManifestAccentColourIsTheIconBackground()
    {
        var accent = ManifestJson.Load()["accentColor"]!.GetValue<string>();
        var corner = Color.Pixel(0, 0);

        Assert.Equal(IconPainter.Teal, accent, ignoreCase: true);
        Assert.Equal(Rgba.FromHex(accent), new Rgba(corner.R, corner.G, corner.B));
    }

    private static byte[] Pixels(RgbaImage image) => image.Pixels.ToArray();
}
