namespace PciBot.Files;

/// <summary>A downloaded file, or why it was not downloaded (with the host or status that decided it).</summary>
internal sealed record FileDownload(byte[]? Bytes, FileRefusal Refusal, string? Detail = null)
{
    public static FileDownload Of(byte[] bytes) => new(bytes, FileRefusal.None);

    public static FileDownload Refused(FileRefusal refusal, string? detail = null) => new(null, refusal, detail);
}
