namespace PciBot.Exports;

/// <summary>What Exports says, one subclass per language; reached as <c>texts.Exports</c>.</summary>
internal abstract class ExportTexts
{
    public static ExportTexts Vietnamese { get; } = new VietnameseExportTexts();

    public static ExportTexts English { get; } = new EnglishExportTexts();

    public abstract string DownloadWord { get; }

    public abstract string DownloadExcel { get; }

    public abstract string DownloadTitle(string what);

    public abstract string DownloadIntro(DateTimeOffset expires);

    /// <summary>Said in a channel or group chat, where the links are not posted.</summary>
    public abstract string SentPrivately(string? name, string what);
}
