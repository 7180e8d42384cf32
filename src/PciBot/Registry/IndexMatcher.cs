using PciBot.Kit;

namespace PciBot.Registry;

/// <summary>
/// Finds the index a question names in words, anywhere in it: "chỉ số minh bạch", "tính minh bạch có những việc gì",
/// "PCI chi phí thời gian", "transparency". The longest run of the question's words found in an index's name names
/// it; one word of the run may carry a typo.
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

    // Words that name no index on their own: a run of them alone ("chỉ số", "dịch vụ", "của tỉnh") is not an index.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "chi", "so", "cua", "va", "trong", "tinh", "dich", "vu", "the", "of", "index", "pci", "pgi", "chinh", "cac", "nhung", "ve",
        "thuoc", "for", "on", "about", "and", "in", "costs", "cost", "vai", "tro", "thuc", "hanh", "doanh", "nghiep", "thoi", "gian", "dang",
    };

    private readonly List<(string Code, string[] Words)> names;

    public IndexMatcher(IEnumerable<PlanIndex> indices)
    {
        names = indices
            .SelectMany(i => new[] { i.Name }.Concat(EnglishNames.GetValueOrDefault(i.Code) ?? []).Select(n => (i.Code, Words: TextNormalizer.Normalize(n).Split(' '))))
            .ToList();
    }

    public static IndexMatcher None { get; } = new([]);

    /// <summary>The codes of every index the words could name; empty when there are no words left or none fits.</summary>
    public IReadOnlyList<string> Find(string normalizedText) =>
        Run(normalizedText.Split(' ', StringSplitOptions.RemoveEmptyEntries)) is { } run ? run.Codes : [];

    /// <summary>
    /// The longest run of words that is part of an index's name, with the codes of every index it fits and where it
    /// is; null when none. A run is two words or more, not all of them <see cref="Generic"/>, or a whole name. Runs
    /// read exactly are looked for first; then runs where one word carries a typo and another word, not generic, is
    /// exact ("minh bahc"), or a one-word name with a typo ("transparancy").
    /// </summary>
    public (IReadOnlyList<string> Codes, int Start, int Length)? Run(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Run(words, typos: false) ?? Run(words, typos: true);
    }

    private (IReadOnlyList<string> Codes, int Start, int Length)? Run(IReadOnlyList<string> words, bool typos)
    {
        for (var length = words.Count; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                if (!Meaningful(words, start, length))
                {
                    continue;
                }

                List<string>? codes = null;
                foreach (var (code, name) in names)
                {
                    if ((length > 1 || name.Length == 1) && Contains(name, words, start, length, typos) && !(codes?.Contains(code) ?? false))
                    {
                        (codes ??= []).Add(code);
                    }
                }

                if (codes is not null)
                {
                    return (codes, start, length);
                }
            }
        }

        return null;
    }

    private static bool Meaningful(IReadOnlyList<string> words, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!Generic.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the name holds the words in a row, each the same or, when typos are allowed, exactly one of them one typo
    // away from a word that is not generic, with another word that is not generic the same.
    private static bool Contains(string[] name, IReadOnlyList<string> words, int start, int length, bool typos)
    {
        for (var offset = 0; offset + length <= name.Length; offset++)
        {
            var typed = 0;
            var anchored = name.Length == 1;
            var i = 0;
            for (; i < length; i++)
            {
                var word = words[start + i];
                var part = name[offset + i];
                if (string.Equals(word, part, StringComparison.Ordinal))
                {
                    anchored |= !Generic.Contains(part);
                    continue;
                }

                if (!typos || ++typed > 1 || part.Length < 4 || Generic.Contains(part) || !Typos.OneEditApart(word, part))
                {
                    break;
                }
            }

            if (i == length && (!typos || (typed == 1 && anchored && (name.Length > 1 || name[0].Length >= 5))))
            {
                return true;
            }
        }

        return false;
    }
}
