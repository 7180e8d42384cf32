namespace PciBot.Status;

/// <summary>What Status says, one subclass per language; reached as <c>texts.Status</c>.</summary>
internal abstract class StatusTexts
{
    public static StatusTexts Vietnamese { get; } = new VietnameseStatusTexts();

    public static StatusTexts English { get; } = new EnglishStatusTexts();

    public abstract string ReportStatusName(ReportStatus status);
}
