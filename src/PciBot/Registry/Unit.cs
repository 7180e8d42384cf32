namespace PciBot.Registry;

internal sealed class Unit
{
    public int Id { get; set; }

    public required string Code { get; set; }

    /// <summary>The name as the plan writes it, e.g. "Phòng TTBCXB".</summary>
    public required string Name { get; set; }

    public required string FullName { get; set; }

    /// <summary>Other spellings users type, separated by <see cref="AliasSeparator"/>.</summary>
    public string Aliases { get; set; } = "";

    /// <summary>Internal units belong to the department and are messaged; external ones are only shown.</summary>
    public bool Internal { get; set; }

    public UnitKind Kind { get; set; }

    public List<Unit> Members { get; set; } = [];

    public List<Unit> Groups { get; set; } = [];

    public const char AliasSeparator = '|';

    public IEnumerable<string> AliasList() => Aliases.Split(AliasSeparator, StringSplitOptions.RemoveEmptyEntries);
}
