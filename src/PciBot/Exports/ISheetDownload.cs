namespace PciBot.Exports;

/// <summary>
/// A workbook another feature offers through the signed download links, under a fixed file name (e.g.
/// "readiness.xlsx"), built at download from the data as it is then; registered with <see cref="ExportsFeature.AddSheetDownload{T}"/>.
/// </summary>
internal interface ISheetDownload
{
    string FileName { get; }

    Task<byte[]> RenderAsync(CancellationToken ct);
}
