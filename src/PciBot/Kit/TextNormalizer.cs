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
}
