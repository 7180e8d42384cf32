using PciBot.Kit;
using PciBot.Localization;
using PciBot.Updates;

namespace PciBot.Questions;

/// <summary>The help examples closest to a question the grammar did not understand, by the words they share.</summary>
internal static class QuestionSuggestions
{
    public static IReadOnlyList<string> Closest(string normalized, BotTexts texts, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var words = Words(normalized);
        if (words.Count == 0)
        {
            return [];
        }

        return texts.Questions.Help.Concat(texts.Updates.Help)
            .SelectMany(e => e.Example.Split(", ", StringSplitOptions.RemoveEmptyEntries))
            .Select(example => (Example: example, Score: Similarity(words, Words(TextNormalizer.Normalize(example)))))
            .Where(e => e.Score > 0)
            .OrderByDescending(e => e.Score)
            .Take(count)
            .Select(e => e.Example)
            .ToList();
    }

    private static HashSet<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    // Shared words count fully; a word within one edit of another (a typo) counts half.
    private static double Similarity(HashSet<string> asked, HashSet<string> example)
    {
        var score = 0.0;
        foreach (var word in asked)
        {
            score += example.Contains(word) ? 1 : example.Any(e => e.Length > 2 && Typos.OneEditApart(word, e)) ? 0.5 : 0;
        }

        return score / (asked.Count + example.Count - score);
    }
}
