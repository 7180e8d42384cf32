using PciBot.Kit;

namespace PciBot.Registry;

/// <summary>Finds the unit a message names, by any of its names or aliases, with or without diacritics.</summary>
internal sealed class UnitMatcher
{
    private readonly List<(string Name, string Code)> names;

    public UnitMatcher(IEnumerable<Unit> units) => names = NamesLongestFirst(units);

    /// <summary>Every code, name, full name and alias of the units, normalized, longest first, with its unit's code.</summary>
    public static List<(string Name, string Code)> NamesLongestFirst(IEnumerable<Unit> units) =>
        units
            .SelectMany(u => new[] { u.Code, u.Name, u.FullName }.Concat(u.AliasList()).Select(n => (Name: TextNormalizer.Normalize(n), u.Code)))
            .Where(n => n.Name.Length > 1)
            .Distinct()
            .OrderByDescending(n => n.Name.Length)
            .ToList();

    /// <summary>The code of the unit whose longest name appears as whole words in <paramref name="normalizedText"/>.</summary>
    public string? Find(string normalizedText)
    {
        var padded = $" {normalizedText} ";
        foreach (var (name, code) in names)
        {
            if (padded.Contains($" {name} ", StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }
}
