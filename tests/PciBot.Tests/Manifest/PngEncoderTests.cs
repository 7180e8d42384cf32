using System.Text;
using PciBot.AppPackage.Icons;

namespace PciBot.Tests.Manifest;

public sealed class PngEncoderTests
{
    [Fact]
    public void Crc32MatchesTheStandardCheckValue()
        => Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public void AnOpaqueImageIsWrittenAsRgbAndReadsBackUnchanged()
    {
        var image = new RgbaImage(3, 2);
        image[0, 0] = new Rgba(255, 0, 0);
        image[1, 0] = new Rgba(0, 255, 0);
        image[2, 0] = new Rgba(0, 0, 255);
        image[0, 1] = new Rgba(14, 116, 144);
        image[1, 1] = Rgba.White;
        image[2, 1] = new Rgba(0, 0, 0);

        var png = PngFile.Parse(PngEncoder.Encode(image));

        Assert.Equal((3, 2, 8, PngFile.ColourTypeRgb), (png.Width, png.Height, png.BitDepth, png.ColourType));
        Assert.Equal(image.Pixels.ToArray(), png.Rgba);
    }

    [Fact]
    public void AnImageWithTransparencyKeepsItsAlphaChannel()
    {
        var image = new RgbaImage(2, 2);
        image[0, 0] = Rgba.White with { A = 128 };
        image[1, 1] = Rgba.White;

        var png = PngFile.Parse(PngEncoder.Encode(image));

        Assert.Equal(PngFile.ColourTypeRgba, png.ColourType);
        Assert.Equal(image.Pixels.ToArray(), png.Rgba);
    }
}
