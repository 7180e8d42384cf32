namespace PciBot.Exports;

/// <summary>Who signs the Word report, as the signature block prints it.</summary>
internal sealed class ReportSigner
{
    /// <summary>The signing authority, uppercase: "KT. GIÁM ĐỐC" when a deputy signs for the director, "GIÁM ĐỐC" when the director signs.</summary>
    public string Authority { get; set; } = "KT. GIÁM ĐỐC";

    /// <summary>The signer's own title under the authority ("PHÓ GIÁM ĐỐC"); empty when the director signs.</summary>
    public string Title { get; set; } = "PHÓ GIÁM ĐỐC";

    /// <summary>The signer's full name, printed in bold under the space for the signature; empty leaves it to be written by hand.</summary>
    public string Name { get; set; } = "";
}
