using PciBot.Kit;

namespace PciBot.Registry;

/// <summary>Finds the unit a message names, by any of its names or aliases, with or without diacritics.</summary>
internal sealed class UnitMatcher
{
    // What English speakers call the department's own units, by code.
    private static readonly Dictionary<string, string[]> EnglishNames = new(StringComparer.Ordinal)
    {
        ["VP"] = ["office", "department office"],
        ["TTBCXB"] = ["press division", "press and publishing division", "information press and publishing division"],
        ["CNTTBCVT"] = ["it division", "it post and telecom division", "it and telecom division"],
        ["CONG_TTDT"] = ["portal centre", "portal center", "e portal centre", "e portal center"],
        ["TT_CNTT_DVHCCTT"] = ["it centre", "it center", "public services centre", "public services center"],
        ["BBT_TRANG_TTDT"] = ["editorial board", "website editorial board"],
    };

    private readonly List<(string Name, string Code)> names;
    private readonly List<(string[] Words, string Code)> nearNames;

    public UnitMatcher(IEnumerable<Unit> units)
    {
        var registered = units.ToList();
        names = NamesLongestFirst(registered)
            .Concat(registered.SelectMany(u => (EnglishNames.GetValueOrDefault(u.Code) ?? []).Select(n => (Name: n, u.Code))))
            .OrderByDescending(n => n.Name.Length)
            .ToList();

        // Names short enough to be another word with one letter changed ("VP", "BBT", "SNV") are only read exactly.
        nearNames = names.Where(n => n.Name.Replace(" ", "", StringComparison.Ordinal).Length >= 5)
            .Select(n => (n.Name.Split(' '), n.Code))
            .ToList();
    }

    /// <summary>Every code, name, full name and alias of the units, normalized, longest first, with its unit's code.</summary>
    public static List<(string Name, string Code)> NamesLongestFirst(IEnumerable<Unit> units) =>
        units
            .SelectMany(u => new[] { u.Code, u.Name, u.FullName }.Concat(u.AliasList()).Select(n => (Name: TextNormalizer.Normalize(n), u.Code)))
            .Where(n => n.Name.Length > 1)
            .Distinct()
            .OrderByDescending(n => n.Name.Length)
            .ToList();

    /// <summary>The code of the unit whose longest name appears as whole words in <paramref name="normalizedText"/>.</summary>
    public string? Find(string normalizedText) => Match(normalizedText)?.Code;

    /// <summary>The unit whose longest name appears as whole words in the text, and that name.</summary>
    public (string Code, string Name)? Match(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var padded = $" {normalizedText} ";
        foreach (var (name, code) in names)
        {
            if (padded.Contains($" {name} ", StringComparison.Ordinal))
            {
                return (code, name);
            }
        }

        return null;
    }

    /// <summary>
    /// The unit a name nobody registered most likely means, to suggest and never to read as that unit: one whose name
    /// is in it, one a typo away, or else the one whose name shares most words with it (at least half of all the words
    /// of both); null when none is that close.
    /// </summary>
    public string? Closest(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var words = normalizedText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if ((Find(normalizedText) ?? Near(words)?.Code) is { } code)
        {
            return code;
        }

        var typed = words.ToHashSet(StringComparer.Ordinal);
        string? best = null;
        var score = 0.5;
        foreach (var (name, candidate) in names)
        {
            var own = name.Split(' ').ToHashSet(StringComparer.Ordinal);
            var shared = own.Count(typed.Contains);
            var overlap = shared / (double)(own.Count + typed.Count - shared);
            if (overlap >= score && (best is null || overlap > score))
            {
                (best, score) = (candidate, overlap);
            }
        }

        return best;
    }

    /// <summary>
    /// The unit one of whose longer names appears in the words with one typo in one word ("phòng TTBXCB"), and the
    /// words as written; null when none does, or when the typo could be in the names of two units.
    /// </summary>
    public (string Code, string Words)? Near(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        (string Code, string Words)? found = null;
        var length = 0;
        foreach (var (name, code) in nearNames)
        {
            if (name.Length > words.Count || name.Length < length)
            {
                continue;
            }

            for (var start = 0; start + name.Length <= words.Count; start++)
            {
                if (NearAt(words, start, name))
                {
                    if (found is { } other && other.Code != code && name.Length == length)
                    {
                        return null;
                    }

                    if (found is null || name.Length > length)
                    {
                        found = (code, string.Join(' ', words.Skip(start).Take(name.Length)));
                        length = name.Length;
                    }
                }
            }
        }

        return found;
    }

    // Every word the same but one, which is one typo away; a code-like word ("ttbcxb") may be that one.
    private static bool NearAt(IReadOnlyList<string> words, int start, string[] name)
    {
        var typos = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var typed = words[start + i];
            if (string.Equals(typed, name[i], StringComparison.Ordinal))
            {
                continue;
            }

            if (++typos > 1 || name[i].Length < 4 || !Typos.OneEditApart(typed, name[i]))
            {
                return false;
            }
        }

        return typos == 1;
    }
}
