using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PciBot.AppPackage.Icons;

/// <summary>
/// Writes an <see cref="RgbaImage"/> as a PNG: 8 bits per channel, truecolour (RGB when every
/// pixel is opaque, RGBA otherwise), no interlacing, filter type None on every row.
/// </summary>
/// <remarks>
/// Icons this small gain nothing from smarter row filters, and keeping to one filter keeps the
/// encoder short enough to read in one go.
/// </remarks>
internal static class PngEncoder
{
    private const byte ColourTypeRgb = 2;
    private const byte ColourTypeRgba = 6;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(RgbaImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var withAlpha = !image.IsOpaque();

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", Header(image, withAlpha));
        WriteChunk(png, "IDAT", CompressedRows(image, withAlpha));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Header(RgbaImage image, bool withAlpha)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8; // bit depth
        header[9] = withAlpha ? ColourTypeRgba : ColourTypeRgb;
        header[10] = 0; // compression method: deflate
        header[11] = 0; // filter method: adaptive, per-row filter byte
        header[12] = 0; // no interlace
        return header;
    }

    private static byte[] CompressedRows(RgbaImage image, bool withAlpha)
    {
        var channels = withAlpha ? 4 : 3;
        var row = new byte[1 + (image.Width * channels)];
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var pixels = image.Pixels;
            for (var y = 0; y < image.Height; y++)
            {
                row[0] = 0; // filter type None
                var source = pixels.Slice(y * image.Width * 4, image.Width * 4);
                for (var x = 0; x < image.Width; x++)
                {
                    source.Slice(x * 4, channels).CopyTo(row.AsSpan(1 + (x * channels)));
                }

                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);

        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);

        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.Append(Crc32.Compute(typeBytes), data));
        png.Write(crc);
    }
}
