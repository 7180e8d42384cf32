using System.Globalization;
using System.Text;

namespace PciBot.Kit;

/// <summary>
/// Folds what users type into one comparable form: lower case, no diacritics ("đ" → "d"),
/// punctuation as spaces, single spaces. "Nhiệm vụ 19?" and "nhiem vu 19" become the same.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };

            if (char.IsLetterOrDigit(folded) || folded is '.' or '/' or '&')
            {
                builder.Append(folded);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().Trim(' ', '.');
    }

    /// <summary>
    /// The words of <paramref name="typed"/> that normalize to <paramref name="normalizedWords"/>, as the person typed
    /// them, diacritics and case kept ("quý năm" for "quy nam"); the normalized words when they are not found in a row.
    /// </summary>
    public static string AsTyped(string typed, string normalizedWords)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(normalizedWords);
        var wanted = normalizedWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = new List<(string Typed, string Normalized)>();
        foreach (var word in typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // A typed word may hold several normalized ones ("12/2023," or "ạ?"); each keeps its own typed form.
            foreach (var part in SplitLikeNormalize(word))
            {
                if (Normalize(part) is { Length: > 0 } normalized)
                {
                    words.Add((part, normalized));
                }
            }
        }

        for (var start = 0; start + wanted.Length <= words.Count && wanted.Length > 0; start++)
        {
            var i = 0;
            while (i < wanted.Length && words[start + i].Normalized == wanted[i])
            {
                i++;
            }

            if (i == wanted.Length)
            {
                return string.Join(' ', words.Skip(start).Take(wanted.Length).Select(w => w.Typed.Trim('.')));
            }
        }

        return normalizedWords;
    }

    private static IEnumerable<string> SplitLikeNormalize(string word)
    {
        var start = -1;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var kept = char.IsLetterOrDigit(c) || c is '.' or '/' or '&' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (kept && start < 0)
            {
                start = i;
            }
            else if (!kept && start >= 0)
            {
                yield return word[start..i];
                start = -1;
            }
        }

        if (start >= 0)
        {
            yield return word[start..];
        }
    }
}
