using System.Globalization;

namespace PciBot.Registry;

/// <summary>Identifies an appendix task within a plan: "PCI 19", "PGI 2".</summary>
internal readonly record struct TaskKey(IndexFamily Family, int Number)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Family == IndexFamily.Pci ? "PCI" : "PGI")} {Number}");
}
