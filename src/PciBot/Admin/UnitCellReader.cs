using PciBot.Kit;
using PciBot.Registry;

namespace PciBot.Admin;

/// <summary>
/// Reads a "Cơ quan chủ trì/phối hợp" cell ("Văn phòng Sở, Trung tâm Cổng TTĐT") into unit codes: the longest known
/// name at each point, since names themselves hold commas ("Các phòng, đơn vị thuộc Sở").
/// </summary>
internal sealed class UnitCellReader
{
    private static readonly string[] Joiners = ["va ", "and ", "phong ", "cac "];

    private readonly List<(string Name, string Code)> names;

    public UnitCellReader(IEnumerable<Unit> units) => names = UnitMatcher.NamesLongestFirst(units);

    /// <summary>The codes in the cell, in order; throws <see cref="InvalidDataException"/> at the first name it does not know.</summary>
    public IReadOnlyList<string> Read(string? cell)
    {
        var (codes, unknown) = ReadAll(cell);
        return unknown.Count == 0 ? codes : throw new InvalidDataException($"unknown unit \"{unknown[0]}\"");
    }

    /// <summary>
    /// The codes in the cell, in order, and each run of words between them that names no known unit, as the cell writes
    /// it: such a run is skipped word by word until a known name starts.
    /// </summary>
    public (IReadOnlyList<string> Codes, IReadOnlyList<string> Unknown) ReadAll(string? cell)
    {
        var codes = new List<string>();
        var unknown = new List<string>();
        var skipped = new List<string>();
        void Flush()
        {
            if (skipped.Count > 0)
            {
                unknown.Add(TextNormalizer.AsTyped(cell ?? "", string.Join(' ', skipped)));
                skipped.Clear();
            }
        }

        var rest = TextNormalizer.Normalize(cell);
        while (rest.Length > 0)
        {
            var match = Match(rest);
            if (match is null)
            {
                var joiner = Joiners.FirstOrDefault(j => rest.StartsWith(j, StringComparison.Ordinal));
                match = joiner is null ? null : Match(rest[joiner.Length..]) is { } inner ? (inner.Length + joiner.Length, inner.Code) : null;
            }

            if (match is not { } found)
            {
                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                skipped.Add(space < 0 ? rest : rest[..space]);
                rest = space < 0 ? "" : rest[(space + 1)..];
                continue;
            }

            Flush();
            if (!codes.Contains(found.Code))
            {
                codes.Add(found.Code);
            }

            rest = rest[Math.Min(found.Length, rest.Length)..].Trim();
        }

        Flush();
        return (codes, unknown);
    }

    private (int Length, string Code)? Match(string text)
    {
        foreach (var (name, code) in names)
        {
            if (text.StartsWith(name, StringComparison.Ordinal) && (text.Length == name.Length || text[name.Length] == ' '))
            {
                return (name.Length, code);
            }
        }

        return null;
    }
}
