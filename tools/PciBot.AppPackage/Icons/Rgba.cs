namespace PciBot.AppPackage.Icons;

/// <summary>One 8-bit RGBA colour.</summary>
internal readonly record struct Rgba(byte R, byte G, byte B, byte A = 255)
{
    public static Rgba White { get; } = new(255, 255, 255);

    /// <summary>Parses <c>#rrggbb</c>, the form the manifest's accentColor uses.</summary>
    public static Rgba FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 7 || hex[0] != '#')
        {
            throw new FormatException($"'{hex}' is not a #rrggbb colour.");
        }

        var value = Convert.ToUInt32(hex[1..], 16);
        return new Rgba((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>Moves this colour towards <paramref name="other"/> by <paramref name="amount"/> (0 to 1).</summary>
    public Rgba Toward(Rgba other, double amount)
    {
        static byte Mix(byte from, byte to, double t) => (byte)Math.Round(from + ((to - from) * t));
        return new Rgba(Mix(R, other.R, amount), Mix(G, other.G, amount), Mix(B, other.B, amount), Mix(A, other.A, amount));
    }
}
