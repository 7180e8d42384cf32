namespace PciBot.Admin;

/// <summary>The verbs of the admin cards' buttons.</summary>
internal static class AdminVerbs
{
    public const string ScheduleEdit = "admin.schedule.edit";
    public const string ScheduleSave = "admin.schedule.save";
    public const string SchedulePause = "admin.schedule.pause";
    public const string ScheduleResume = "admin.schedule.resume";
    public const string ScheduleRun = "admin.schedule.run";
    public const string HolidayAdd = "admin.holiday.add";
    public const string HolidayRemove = "admin.holiday.remove";
    public const string ImportApply = "admin.import.apply";
    public const string ImportDiscard = "admin.import.discard";
    public const string RolloverApply = "admin.rollover.apply";

    public static readonly IReadOnlyList<string> All =
        [ScheduleEdit, ScheduleSave, SchedulePause, ScheduleResume, ScheduleRun, HolidayAdd, HolidayRemove, ImportApply, ImportDiscard, RolloverApply];
}
