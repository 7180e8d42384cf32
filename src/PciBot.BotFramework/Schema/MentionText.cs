using System.Text;

namespace PciBot.BotFramework.Schema;

/// <summary>Removes <c>&lt;at&gt;…&lt;/at&gt;</c> fragments in one linear pass (no regular expression to backtrack).</summary>
internal static class MentionText
{
    private const string Open = "<at>";
    private const string Close = "</at>";

    public static string Strip(string text, Func<string, bool> shouldRemove)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf(Open, position, StringComparison.OrdinalIgnoreCase);
            if (start < 0)
            {
                break;
            }

            var close = text.IndexOf(Close, start + Open.Length, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            var end = close + Close.Length;
            result.Append(text, position, start - position);
            if (shouldRemove(text[start..end]))
            {
                JoinWithSingleSpace(result, text, ref end);
            }
            else
            {
                result.Append(text, start, end - start);
            }

            position = end;
        }

        result.Append(text, position, text.Length - position);
        return result.ToString().Trim();
    }

    private static void JoinWithSingleSpace(StringBuilder result, string text, ref int end)
    {
        var trimmed = false;
        while (result.Length > 0 && char.IsWhiteSpace(result[^1]))
        {
            result.Length--;
            trimmed = true;
        }

        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
            trimmed = true;
        }

        if (trimmed && result.Length > 0 && end < text.Length)
        {
            result.Append(' ');
        }
    }
}
