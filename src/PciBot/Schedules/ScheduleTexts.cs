namespace PciBot.Schedules;

/// <summary>What Schedules says, one subclass per language; reached as <c>texts.Schedules</c>.</summary>
internal abstract class ScheduleTexts
{
    public static ScheduleTexts Vietnamese { get; } = new VietnameseScheduleTexts();

    public static ScheduleTexts English { get; } = new EnglishScheduleTexts();

    public abstract string RollupTitle(string period);

    public abstract string RollupIntro(int tasks, DateOnly cutOff);

    public abstract string YearEndTitle(int year);

    public abstract string YearEndIntro(string reportTo, DateOnly deadline);
}
