using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using PciBot.AppPackage.Icons;

namespace PciBot.Tests.Manifest;

/// <summary>
/// A PNG read back from its bytes, independently of the encoder that wrote it: the header fields
/// and, for 8-bit truecolour images, every pixel as RGBA.
/// </summary>
internal sealed record PngFile(int Width, int Height, int BitDepth, int ColourType, byte[] Rgba)
{
    public const int ColourTypeRgb = 2;
    public const int ColourTypeRgba = 6;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public bool HasAlpha => ColourType == ColourTypeRgba;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return Pixel(x, y);
            }
        }
    }

    public static PngFile Read(string path) => Parse(File.ReadAllBytes(path));

    public static PngFile Parse(byte[] bytes)
    {
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG: wrong signature.");
        }

        int width = 0, height = 0, bitDepth = 0, colourType = 0;
        using var idat = new MemoryStream();
        var offset = 8;
        var first = true;
        while (offset < bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset + 8 + length));
            if (crc != Crc32.Compute(bytes.AsSpan(offset + 4, length + 4)))
            {
                throw new InvalidDataException($"Chunk {type} has a wrong CRC.");
            }

            if (first && type != "IHDR")
            {
                throw new InvalidDataException("The first chunk is not IHDR.");
            }

            first = false;
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    bitDepth = data[8];
                    colourType = data[9];
                    if (data[12] != 0)
                    {
                        throw new InvalidDataException("Interlaced PNGs are not read here.");
                    }

                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    return new PngFile(width, height, bitDepth, colourType, Decode(idat.ToArray(), width, height, bitDepth, colourType));
                default:
                    break;
            }

            offset += 12 + length;
        }

        throw new InvalidDataException("No IEND chunk.");
    }

    private static byte[] Decode(byte[] compressed, int width, int height, int bitDepth, int colourType)
    {
        if (bitDepth != 8 || colourType is not (ColourTypeRgb or ColourTypeRgba))
        {
            return [];
        }

        var channels = colourType == ColourTypeRgba ? 4 : 3;
        var stride = width * channels;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"Image data is {raw.Length} bytes, expected {height * (stride + 1)}.");
        }

        var previous = new byte[stride];
        var current = new byte[stride];
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            raw.AsSpan((y * (stride + 1)) + 1, stride).CopyTo(current);
            Unfilter(filter, current, previous, channels);
            for (var x = 0; x < width; x++)
            {
                var target = ((y * width) + x) * 4;
                current.AsSpan(x * channels, 3).CopyTo(rgba.AsSpan(target));
                rgba[target + 3] = channels == 4 ? current[(x * channels) + 3] : (byte)255;
            }

            (previous, current) = (current, previous);
        }

        return rgba;
    }

    private static void Unfilter(byte filter, byte[] row, byte[] above, int bytesPerPixel)
    {
        for (var i = 0; i < row.Length; i++)
        {
            var left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
            var up = above[i];
            var upLeft = i >= bytesPerPixel ? above[i - bytesPerPixel] : 0;
            row[i] += filter switch
            {
                0 => 0,
                1 => (byte)left,
                2 => up,
                3 => (byte)((left + up) / 2),
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"Unknown row filter {filter}."),
            };
        }
    }

    private static byte Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
}
