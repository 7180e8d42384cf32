namespace PciBot.Digests;

/// <summary>What the Office asks for in the chat.</summary>
internal enum OfficeReport
{
    Digest,
    Rollup,
    Export,
    YearReport,
}
