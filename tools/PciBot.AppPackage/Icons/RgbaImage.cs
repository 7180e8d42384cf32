namespace PciBot.AppPackage.Icons;

/// <summary>An 8-bit RGBA raster, row by row from the top, not premultiplied.</summary>
internal sealed class RgbaImage
{
    private readonly byte[] _pixels;

    public RgbaImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 4];
    }

    public int Width { get; }

    public int Height { get; }

    public ReadOnlySpan<byte> Pixels => _pixels;

    public Rgba this[int x, int y]
    {
        get
        {
            var i = Offset(x, y);
            return new Rgba(_pixels[i], _pixels[i + 1], _pixels[i + 2], _pixels[i + 3]);
        }
        set
        {
            var i = Offset(x, y);
            _pixels[i] = value.R;
            _pixels[i + 1] = value.G;
            _pixels[i + 2] = value.B;
            _pixels[i + 3] = value.A;
        }
    }

    /// <summary>True when every pixel is opaque, so the PNG can drop the alpha channel.</summary>
    public bool IsOpaque()
    {
        for (var i = 3; i < _pixels.Length; i += 4)
        {
            if (_pixels[i] != 255)
            {
                return false;
            }
        }

        return true;
    }

    private int Offset(int x, int y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, Width);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Height);
        return ((y * Width) + x) * 4;
    }
}
