namespace PciBot.Registry;

/// <summary>PCI: provincial competitiveness index; PGI: provincial green index.</summary>
internal enum IndexFamily
{
    Pci,
    Pgi,
}
