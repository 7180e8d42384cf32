using System.Globalization;
using PciBot.Files;
using PciBot.Messaging;
using PciBot.Registry;
using PciBot.Schedules;

namespace PciBot.Admin;

/// <summary>What Admin says, one subclass per language; reached as <c>texts.Admin</c>.</summary>
internal abstract class AdminTexts
{
    public static AdminTexts Vietnamese { get; } = new VietnameseAdminTexts();

    public static AdminTexts English { get; } = new EnglishAdminTexts();

    // Admin: schedules, holidays, plans, audit.
    public abstract string AdminOnly { get; }

    public abstract string SchedulesTitle { get; }

    public abstract string ScheduleName(string key);

    /// <summary>A schedule's rule in words; the order of its parts is the same in both languages.</summary>
    public string RuleWords(ScheduleDefinition schedule)
    {
        var at = schedule.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        var main = schedule.Rule switch
        {
            ScheduleRuleKind.MonthlyDay => OnMonthDay(schedule.RuleValue, at),
            ScheduleRuleKind.QuarterlyOffset => BeforeQuarterCutOff(schedule.RuleValue, at),
            ScheduleRuleKind.Weekly => EveryWeekday(schedule.RuleValue, at),
            ScheduleRuleKind.Cron => ByCron(schedule.RuleValue),
            _ => ByPlan(
                schedule.Kind,
                schedule.Kind == ScheduleKind.Deadline ? schedule.DaysBeforeDeadline : schedule.ReminderWorkingDaysBefore.ToString(CultureInfo.InvariantCulture),
                at),
        };
        var followUp = schedule.Kind != ScheduleKind.Deadline && schedule.FollowUpWorkingDaysBefore is { } f ? FollowUp(f) : "";
        var escalation = schedule.EscalationWorkingDaysAfter is { } e ? Escalation(e) : "";
        return main + followUp + escalation;
    }

    protected abstract string OnMonthDay(string? day, string at);

    protected abstract string BeforeQuarterCutOff(string? days, string at);

    protected abstract string EveryWeekday(string? weekday, string at);

    protected abstract string ByCron(string? expression);

    /// <summary>The rule that follows the plan's cut-offs; <paramref name="days"/> before them, or the deadline offsets.</summary>
    protected abstract string ByPlan(ScheduleKind kind, string? days, string at);

    protected abstract string FollowUp(int days);

    protected abstract string Escalation(int days);

    public abstract string PlanRecipients(ScheduleKind kind);

    public abstract string RecipientsLabel { get; }

    public abstract string NextFiresLabel { get; }

    public abstract string NoNextFire { get; }

    public abstract string PausedLabel { get; }

    public abstract string ActiveLabel { get; }

    public abstract string EditSchedule { get; }

    public abstract string EditScheduleTitle(string name);

    public abstract string SaveSchedule { get; }

    public abstract string PauseSchedule { get; }

    public abstract string ResumeSchedule { get; }

    public abstract string RunNow { get; }

    public abstract string TimeOfDayLabel { get; }

    public abstract string RuleLabel { get; }

    public abstract string RuleChoice(ScheduleRuleKind rule);

    public abstract string RuleValueLabel { get; }

    public abstract string RuleValueHint { get; }

    public abstract string FollowUpLabel(ScheduleKind kind);

    public abstract string BadTime { get; }

    public abstract string BadDayOfMonth { get; }

    public abstract string BadWorkingDays { get; }

    public abstract string BadWeekday { get; }

    public abstract string BadCron(string reason);

    public abstract string RuleNotForKind { get; }

    public abstract string BadFollowUp { get; }

    public abstract string BadDeadlineDays { get; }

    public abstract string NoRecipients { get; }

    public abstract string ScheduleNotFound(string key);

    public abstract string ScheduleSaved { get; }

    public abstract string SchedulePaused { get; }

    public abstract string ScheduleResumed { get; }

    public abstract string RunNowQueued(int count, string period);

    public abstract string RunNowNothing { get; }

    public abstract string HolidaysTitle(int year);

    public abstract string ExceptionsTitle { get; }

    public abstract string NoExceptions { get; }

    public abstract string ExtraWorkingDay { get; }

    public abstract string AddException { get; }

    public abstract string DateLabel { get; }

    public abstract string NameLabel { get; }

    public abstract string IsWorkingDayLabel { get; }

    public abstract string RemoveException { get; }

    public abstract string BadDate { get; }

    public abstract string NameRequired { get; }

    public abstract string ExceptionExists { get; }

    public abstract string ExceptionAdded(DateOnly date);

    public abstract string ExceptionRemoved(DateOnly date);

    public abstract string ImportHow { get; }

    public abstract string ImportTitle(string file);

    public abstract string ImportSummary(string plan, int added, int edited, int removed);

    public abstract string ImportAdded { get; }

    public abstract string ImportEdited { get; }

    public abstract string ImportRemoved { get; }

    public abstract string ImportNewPlan(string number, int year);

    /// <summary>The title of an index's changed fields on a preview: "Chỉ số A.I".</summary>
    public abstract string ImportIndex(string code);

    /// <summary>The title of a general task added, changed or removed on a preview: "Nhiệm vụ chung c)".</summary>
    public abstract string ImportGeneralTask(string letter);

    public abstract string ImportNoChanges { get; }

    public abstract string ApplyImport { get; }

    public abstract string DiscardImport { get; }

    public abstract string ImportApplied(string plan);

    public abstract string ImportDiscarded { get; }

    public abstract string ImportFailed(string reason);

    public abstract string DownloadRefused(FileRefusal refusal, string? detail);

    public abstract string ImportNotYours { get; }

    public abstract string ImportGone { get; }

    /// <summary>Why the preview has no Apply button: cells of the document were not read.</summary>
    public abstract string ImportProblems(int count);

    /// <summary>Where an unread cell is: "PCI 3 · Cơ quan chủ trì", "A.II · Trọng số".</summary>
    public abstract string ProblemWhere(PlanProblem problem);

    /// <summary>What the cell says and why it was not read, with the closest known unit for an unknown one.</summary>
    public abstract string ProblemText(PlanProblem problem);

    public abstract string RolloverTitle(string plan, int year);

    public abstract string RolloverIntro(int tasks);

    public abstract string ConfirmRollover { get; }

    public abstract string RolloverDone(string plan);

    public abstract string RolloverExists(string plan);

    public abstract string ConditionMarked(TaskKey key);

    public abstract string NotConditional(TaskKey key);

    public abstract string AuditTitle { get; }

    public abstract string NoAudit { get; }

    /// <summary>This feature's lines of the help card.</summary>
    public abstract IReadOnlyList<HelpTopic> Help { get; }

    /// <summary>An audit action ("schedule.edit") in words; an action without words is shown as stored.</summary>
    public abstract string AuditAction(string action);

    /// <summary>A field of an audited snapshot ("timeOfDay") in words.</summary>
    public abstract string AuditField(string field);

    public abstract string AuditYes { get; }

    public abstract string AuditNo { get; }

    public abstract string AuditNothingChanged { get; }

    public abstract string AuditUnknownPerson { get; }

    /// <summary>A channel Teams never told the bot the name of.</summary>
    public abstract string AuditUnnamedChannel { get; }
}
