using System.Globalization;
using System.Text.RegularExpressions;

namespace PciBot.Registry;

/// <summary>Identifies an appendix task within a plan: "PCI 19", "PGI 2".</summary>
internal readonly record struct TaskKey(IndexFamily Family, int Number)
{
    /// <summary>The task a grammar's match names in its <c>family</c> and <c>number</c> groups, or null when it names none.</summary>
    public static TaskKey? Of(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Success && int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new TaskKey(match.Groups["family"].Value == "pgi" ? IndexFamily.Pgi : IndexFamily.Pci, number)
            : null;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Family == IndexFamily.Pci ? "PCI" : "PGI")} {Number}");
}
