namespace PciBot.Kit;

/// <summary>Whether two words differ by one typed letter: one changed, added or left out, or two side by side swapped.</summary>
internal static class Typos
{
    public static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a.SequenceEqual(b))
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return a[(i + 1)..].SequenceEqual(b[(i + 1)..])
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]));
        }

        return a.Length > b.Length ? a[(i + 1)..].SequenceEqual(b[i..]) : a[i..].SequenceEqual(b[(i + 1)..]);
    }

    /// <summary>The same word, or one typo away when the word is long enough for a typo to leave it recognisable.</summary>
    public static bool SameOrNear(string typed, string word, int minLength = 5) =>
        string.Equals(typed, word, StringComparison.Ordinal)
        || (word.Length >= minLength && typed.Length >= minLength - 1 && OneEditApart(typed, word));
}
