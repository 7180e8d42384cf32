namespace PciBot.Status;

internal sealed class EnglishStatusTexts : StatusTexts
{
    public override string ReportStatusName(ReportStatus status) => status switch
    {
        ReportStatus.NotDue => "Not yet due",
        ReportStatus.Due => "Due",
        ReportStatus.Overdue => "Overdue",
        ReportStatus.Reported => "Reported",
        ReportStatus.DoneOnTime => "Done on time",
        ReportStatus.DoneLate => "Done late",
        ReportStatus.Blocked => "Blocked",
        _ => status.ToString(),
    };
}
