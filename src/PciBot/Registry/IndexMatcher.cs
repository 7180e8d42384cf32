using PciBot.Kit;

namespace PciBot.Registry;

/// <summary>
/// Finds the index a question names in words: "chỉ số minh bạch", "PCI chi phí thời gian", "transparency". The words
/// left once the question's own words are removed must appear, in order, in one index's name.
/// </summary>
internal sealed class IndexMatcher
{
    // The usual English names of the PCI sub-indices and PGI indices, by code.
    private static readonly Dictionary<string, string[]> EnglishNames = new(StringComparer.Ordinal)
    {
        ["A.I"] = ["market entry", "entry costs"],
        ["A.II"] = ["transparency"],
        ["A.III"] = ["time costs", "time cost"],
        ["A.IV"] = ["informal charges", "informal costs"],
        ["A.V"] = ["policy bias", "equal competition", "fair competition"],
        ["A.VI"] = ["proactivity", "leadership"],
        ["A.VII"] = ["business support", "business support services"],
        ["A.VIII"] = ["labor training", "labour training", "training"],
        ["B.I"] = ["pollution", "climate change"],
        ["B.II"] = ["green practices", "green"],
    };

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "chi", "so", "index", "indices", "of", "the", "pci", "pgi", "nhiem", "vu", "nv", "viec", "tasks", "task", "cac", "nhung",
        "cua", "ve", "thuoc", "for", "on", "about", "list", "xem", "danh", "sach", "ds", "show", "tieu",
    };

    private readonly List<(string Code, string Name)> names;

    public IndexMatcher(IEnumerable<PlanIndex> indices)
    {
        names = indices
            .SelectMany(i => new[] { i.Name }.Concat(EnglishNames.GetValueOrDefault(i.Code) ?? []).Select(n => (i.Code, Name: TextNormalizer.Normalize(n))))
            .ToList();
    }

    public static IndexMatcher None { get; } = new([]);

    /// <summary>The codes of every index the words could name; empty when there are no words left or none fits.</summary>
    public IReadOnlyList<string> Find(string normalizedText)
    {
        var words = normalizedText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !QuestionWords.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var phrase = $" {string.Join(' ', words)} ";
        return names.Where(n => $" {n.Name} ".Contains(phrase, StringComparison.Ordinal)).Select(n => n.Code).Distinct().ToList();
    }
}
