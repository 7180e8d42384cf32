using System.Globalization;
using PciBot.Files;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;
using PciBot.Schedules;

namespace PciBot.Admin;

internal sealed class EnglishAdminTexts : AdminTexts
{
    public override string AdminOnly => "Sorry, only PciBot admins can use this. Please ask an admin if you need it.";

    public override string SchedulesTitle => "Reminder schedules";

    public override string ScheduleName(string key) => key switch
    {
        "monthly" => "Monthly report reminders",
        "quarterly" => "Quarterly report reminders",
        "annual" => "Annual report reminders",
        "deadline" => "Deadline reminders",
        "dialogue" => "Dialogue with businesses",
        "office-rollup" => "Office quarterly roll-up",
        "year-end" => "Year-end report",
        "digest" => "Office digest",
        _ => key,
    };

    protected override string OnMonthDay(string? day, string at) => $"day {day} of every month at {at} (the working day before if it is a day off)";

    protected override string BeforeQuarterCutOff(string? days, string at) => $"{WorkingDays(days)} before each quarter's cut-off at {at}";

    protected override string EveryWeekday(string? weekday, string at) => $"every {weekday} at {at} (skipping days off)";

    protected override string ByCron(string? expression) => $"by the cron expression \"{expression}\" (Vietnam time)";

    protected override string ByPlan(ScheduleKind kind, string? days, string at) => kind switch
    {
        ScheduleKind.Monthly => $"{WorkingDays(days)} before the 14th of each month at {at}",
        ScheduleKind.Quarterly => $"{WorkingDays(days)} before each quarter's cut-off (14 Mar, 14 Jun, 14 Sep, 14 Dec) at {at}",
        ScheduleKind.Annual => $"{WorkingDays(days)} before 14 Dec at {at}",
        ScheduleKind.Deadline => $"{(days == "1" ? "1 day" : $"{days} days")} before each task's deadline at {at}",
        ScheduleKind.Dialogue => $"{WorkingDays(days)} before each half-year's cut-off at {at}",
        ScheduleKind.OfficeRollup => $"on each quarter's cut-off at {at}",
        ScheduleKind.Digest => $"every Monday at {at} from {WorkingDays(days)} before each quarter's cut-off, and on each monthly and quarterly cut-off",
        _ => $"{WorkingDays(days)} before the plan's report deadline at {at}",
    };

    protected override string FollowUp(int days) => $"; follow-up {EnglishTexts.Count(days, "working day")} before the cut-off";

    protected override string Escalation(int days) => $"; the Office is told {EnglishTexts.Count(days, "working day")} after";

    /// <summary>A schedule's working days as typed ("1", "3"), with the noun it takes.</summary>
    private static string WorkingDays(string? days) =>
        int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? EnglishTexts.Count(count, "working day") : $"{days} working days";

    public override string PlanRecipients(ScheduleKind kind) => kind is ScheduleKind.Dialogue or ScheduleKind.OfficeRollup or ScheduleKind.YearEnd or ScheduleKind.Digest
        ? "The Office (as the plan says)"
        : "Each task's lead units (as the plan says)";

    public override string RecipientsLabel => "Recipients";

    public override string NextFiresLabel => "Next three";

    public override string NoNextFire => "Nothing coming up";

    public override string PausedLabel => "Paused";

    public override string ActiveLabel => "Running";

    public override string EditSchedule => "Edit";

    public override string EditScheduleTitle(string name) => $"Edit schedule: {name}";

    public override string SaveSchedule => "Save";

    public override string PauseSchedule => "Pause";

    public override string ResumeSchedule => "Resume";

    public override string RunNow => "Run now";

    public override string TimeOfDayLabel => "Time of day (HH:mm, Vietnam time)";

    public override string RuleLabel => "Rule";

    public override string RuleChoice(ScheduleRuleKind rule) => rule switch
    {
        ScheduleRuleKind.MonthlyDay => "A day of every month",
        ScheduleRuleKind.QuarterlyOffset => "Working days before the quarter's cut-off",
        ScheduleRuleKind.Weekly => "A day of every week",
        ScheduleRuleKind.Cron => "Cron expression (experts)",
        _ => "As the plan says (working days before the cut-off)",
    };

    public override string RuleValueLabel => "Rule value";

    public override string RuleValueHint => "Plan or quarterly: working days (0–60); monthly: day 1–31; weekly: Monday … Sunday; cron: e.g. 0 0 8 ? * MON";

    public override string FollowUpLabel(ScheduleKind kind) => kind == ScheduleKind.Deadline
        ? "Days before the deadline (e.g. 14,7,1)"
        : "Follow-up: working days before the cut-off (empty for none)";

    public override string BadTime => "The time must read HH:mm, from 00:00 to 23:59.";

    public override string BadDayOfMonth => "The day of the month must be a number from 1 to 31.";

    public override string BadWorkingDays => "The working days must be a number from 0 to 60.";

    public override string BadWeekday => "Name a day of the week: Monday … Sunday.";

    public override string BadCron(string reason) => $"The cron expression is not valid: {reason}";

    public override string RuleNotForKind => "This schedule follows the plan's deadlines, so only the \"As the plan says\" rule applies.";

    public override string BadFollowUp => "The follow-up must be a number from 1 to 30, smaller than the first reminder's, or empty.";

    public override string BadDeadlineDays => "List distinct days from 1 to 90, separated by commas, e.g. 14,7,1.";

    public override string NoRecipients => "Choose at least one recipient.";

    public override string ScheduleNotFound(string key) => $"There is no schedule \"{key}\". Type \"schedules\" to list them.";

    public override string ScheduleSaved => "Saved. The new schedule applies at once.";

    public override string SchedulePaused => "The schedule is paused.";

    public override string ScheduleResumed => "The schedule runs again from now; what fell during the pause is not made up.";

    public override string RunNowQueued(int count, string period) => $"Sent {EnglishTexts.Count(count, "message")} of the {period} reminder now; they will not be sent again when it falls due.";

    public override string RunNowNothing => "The next reminder has already been sent, or nobody needs it.";

    public override string HolidaysTitle(int year) => $"Days off in {year}";

    public override string ExceptionsTitle => "Announced changes";

    public override string NoExceptions => "No changes yet.";

    public override string ExtraWorkingDay => "Working day (swapped)";

    public override string AddException => "Add";

    public override string DateLabel => "Date (dd/MM/yyyy)";

    public override string NameLabel => "Name (e.g. Extra Tết day off)";

    public override string IsWorkingDayLabel => "It is a working day (a swap)";

    public override string RemoveException => "Remove";

    public override string BadDate => "The date must read dd/MM/yyyy.";

    public override string NameRequired => "Give the day a name.";

    public override string ExceptionExists => "That day already has a change; remove it first.";

    public override string ExceptionAdded(DateOnly date) => $"Added the change on {BotTexts.Date(date)}. The schedules were worked out again.";

    public override string ExceptionRemoved(DateOnly date) => $"Removed the change on {BotTexts.Date(date)}. The schedules were worked out again.";

    public override string ImportHow => "To import a plan, send PciBot (in a personal chat) a JSON file in the seeds/ format, an Excel workbook laid out like the plan's appendix (index, task, lead, coordinating, timeline), or the plan's own Word document (.docx) with its appendix table. PciBot shows the changes before applying them.";

    public override string ImportTitle(string file) => $"Import preview: {file}";

    public override string ImportSummary(string plan, int added, int edited, int removed) => $"Plan {plan}: {EnglishTexts.Count(added, "task")} added, {edited} edited, {removed} removed. Update history is kept; removed tasks are archived.";

    public override string ImportAdded => "Added";

    public override string ImportEdited => "Edited";

    public override string ImportRemoved => "Removed";

    public override string ImportNewPlan(string number, int year) => $"A new plan {number} (year {year}).";

    public override string ImportIndex(string code) => $"Index {code}";

    public override string ImportGeneralTask(string letter) => $"General task {letter})";

    public override string ImportNoChanges => "Nothing differs from the plan as it is.";

    public override string ApplyImport => "Apply";

    public override string DiscardImport => "Discard";

    public override string ImportApplied(string plan) => $"Plan {plan} applied. The schedules were worked out again.";

    public override string ImportDiscarded => "Discarded; nothing changed.";

    public override string ImportFailed(string reason) => $"The file could not be read: {reason}";

    public override string DownloadRefused(FileRefusal refusal, string? detail) => refusal switch
    {
        FileRefusal.NoAddress => "Teams gave no download address for it",
        FileRefusal.HostNotAllowed => $"it is stored on {detail}, which is not a host files are accepted from (Files:AllowedHosts)",
        FileRefusal.TooLarge => "it is larger than 5 MB",
        FileRefusal.TooManyRedirects => "its address redirected too many times",
        _ => $"it could not be downloaded ({detail})",
    };

    public override string ImportNotYours => "Only the admin who sent this file can apply its preview. To apply it yourself, send the file again and apply your own preview.";

    public override string ImportGone => "This preview was already applied or discarded.";

    public override string ImportProblems(int count) => $"{EnglishTexts.Count(count, "cell")} could not be read, and PciBot does not guess. Correct the document and send it again; nothing was saved.";

    public override string ProblemWhere(PlanProblem problem) => problem.Kind switch
    {
        PlanProblemKind.UnknownLead => $"{problem.Where} · Lead",
        PlanProblemKind.UnknownCoordinating => $"{problem.Where} · Coordinating",
        PlanProblemKind.UnreadableTimeline => $"{problem.Where} · Timeline",
        PlanProblemKind.MissingWeight => $"{problem.Where} · Weight",
        PlanProblemKind.MissingTarget => $"{problem.Where} · Target",
        _ => problem.Where.Length == 0 ? "Row without a number" : $"Row after {problem.Where}",
    };

    public override string ProblemText(PlanProblem problem) => problem.Kind switch
    {
        PlanProblemKind.UnknownLead or PlanProblemKind.UnknownCoordinating => problem.Suggestion is { } closest
            ? $"“{problem.Written}” is not a known unit; closest: {closest}"
            : $"“{problem.Written}” is not a known unit",
        PlanProblemKind.UnreadableTimeline => $"“{problem.Written}” does not say when to report (ongoing, monthly, periodic, Quarter N/year, a period, the annual plan, after a condition)",
        PlanProblemKind.MissingWeight => $"“{problem.Written}” has no (TRỌNG SỐ n%)",
        PlanProblemKind.MissingTarget => problem.Written.Length == 0 ? "No target" : $"“{problem.Written}” gives no score",
        _ => $"“{CardFormat.Short(problem.Written, 80)}” has no number",
    };

    public override string RolloverTitle(string plan, int year) => $"Roll plan {plan} over to {year}";

    public override string RolloverIntro(int tasks) => $"Copies {EnglishTexts.Count(tasks, "task")} (units, indices, deadlines a year later) into a plan for the new year. Schedules stay and apply to the new plan; the old plan's history stays readable.";

    public override string ConfirmRollover => "Roll over";

    public override string RolloverDone(string plan) => $"Created plan {plan}; it is now the current plan.";

    public override string RolloverExists(string plan) => $"Plan {plan} already exists.";

    public override string ConditionMarked(TaskKey key) => $"Task {key}'s condition is marked met; it is reminded with the quarterly schedule from now on.";

    public override string NotConditional(TaskKey key) => $"Task {key} has no condition.";

    public override string AuditTitle => "Audit log";

    public override string NoAudit => "No changes yet.";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Admin, "schedules", "Every schedule, its next fire times; edit, pause"),
        new(HelpAudience.Admin, "edit schedule monthly", "Edit one schedule"),
        new(HelpAudience.Admin, "holidays 2024", "A year's days off and working days"),
        new(HelpAudience.Admin, "audit", "The latest changes"),
        new(HelpAudience.Admin, "import plan", "How to import a plan file"),
        new(HelpAudience.Admin, "roll over plan to 2024", "Copy the plan into a new year"),
        new(HelpAudience.Admin, "condition met task 10", "Mark a conditional task's condition met"),
    ];

    public override string AuditAction(string action) => action switch
    {
        "schedule.edit" => "Schedule edited",
        "schedule.pause" => "Schedule paused",
        "schedule.resume" => "Schedule resumed",
        "schedule.run-now" => "Schedule run now",
        "holiday.add" => "Day off or working day added",
        "holiday.remove" => "Day off or working day removed",
        "plan.import" => "Plan imported",
        "plan.rollover" => "Plan rolled over",
        "task.condition-met" => "Condition marked met",
        "office-channel.set" => "Office channel set",
        "role.assign" => "Role given",
        "role.unassign" => "Role removed",
        "role.roster" => "Role from the roster",
        "roster.import" => "Roster imported",
        "roster.import.refused" => "Refused to apply another person's roster",
        "extension.approve" => "More time granted",
        "extension.decline" => "Request for more time declined",
        _ => action,
    };

    public override string AuditField(string field) => field switch
    {
        "timeOfDay" => "Time",
        "rule" => "Rule",
        "ruleValue" => "Rule value",
        "reminderWorkingDaysBefore" => "Reminder (working days before)",
        "followUpWorkingDaysBefore" => "Follow-up (working days before)",
        "daysBeforeDeadline" => "Days before the deadline",
        "recipients" => "Recipients",
        "paused" => "Paused",
        "admin" => "Admin",
        "office" => "Office staff",
        "units" => "Units",
        "cutOff" => "Cut-off",
        "declineReason" => "Reason for declining",
        _ => field,
    };

    public override string AuditYes => "yes";

    public override string AuditNo => "no";

    public override string AuditNothingChanged => "No change";

    public override string AuditUnknownPerson => "(someone no longer listed)";

    public override string AuditUnnamedChannel => "the Office channel (Teams did not give its name)";
}
