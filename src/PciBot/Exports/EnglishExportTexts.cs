using PciBot.Calendar;

namespace PciBot.Exports;

internal sealed class EnglishExportTexts : ExportTexts
{
    public override string DownloadWord => "Download Word (.docx)";

    public override string DownloadExcel => "Download Excel (.xlsx)";

    public override string DownloadTitle(string what) => $"Report {what}";

    public override string DownloadIntro(DateTimeOffset expires) => $"These links are for you only and expire at {CalendarTexts.LocalMoment(expires)}. Please do not forward them.";

    public override string SentPrivately(string? name, string what) =>
        $"I have sent {name ?? "you"} the download links for the {what} report in a personal chat with PciBot. They work for that person only, so they are not posted here.";
}
