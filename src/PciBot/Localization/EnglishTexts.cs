using PciBot.Registry;
using PciBot.Status;
using PciBot.Updates;

namespace PciBot.Localization;

internal sealed class EnglishTexts : BotTexts
{
    public override string Language => "en";

    public override string HelpTitle => "What PciBot can do";

    public override string HelpIntro => "PciBot tracks the department's PCI/PGI improvement plan, reminds units to report and rolls up results. Vietnamese or English, with or without diacritics, for example:";

    public override IReadOnlyList<(string Example, string Meaning)> HelpExamples { get; } =
    [
        ("help", "This list"),
        ("tasks", "Every task of the plan, by index"),
        ("tasks A.III", "Tasks of one index (A.I–A.VIII, B.I–B.II)"),
        ("tasks PGI", "Tasks of the PCI or PGI family"),
        ("tasks of Phòng TTBCXB", "Tasks a unit leads or supports"),
        ("task 19", "PCI task 19 in full"),
        ("PGI 2", "PGI task 2 in full"),
        ("update task 19", "Report progress on task 19 for your unit, current period"),
        ("history task 19", "Every progress update on task 19"),
        ("what's due this quarter", "Tasks with a report due this quarter, with their status"),
        ("next month, Q4 2023, december", "What is due in another period"),
        ("what is overdue", "Reports past their cut-off and not sent"),
        ("my tasks", "Your units' tasks with this period's status"),
        ("tasks of Phòng TTBCXB", "One unit's tasks"),
        ("index transparency, PCI time costs", "Tasks of an index, by name"),
        ("status of task 8", "Task 8 in full, with its status"),
        ("who has not reported this quarter", "Office and admins: units that have not reported"),
    ];

    public override string Unknown(string text) =>
        $"PciBot did not understand \"{text}\". Try \"task 19\", \"tasks A.III\" or type \"help\" for the commands.";

    public override string TaskNotFound(TaskKey key) =>
        $"There is no task {key} in the current plan. Type \"tasks\" for the list.";

    public override string NoPlan => "No plan has been loaded yet.";

    public override string Task => "Task";

    public override string Index => "Index";

    public override string Weight => "Weight";

    public override string Target => "2023 target";

    public override string Lead => "Lead";

    public override string Coordinating => "Coordinating";

    public override string Timeline => "Timeline";

    public override string Reporting => "Reporting";

    public override string Deadline => "Deadline";

    public override string Period => "Period";

    public override string Condition => "Condition";

    public override string ConditionMet => "Condition met";

    public override string ShowMore => "Show more";

    public override string ShowLess => "Show less";

    public override string None => "—";

    public override string TaskListTitle(int count, string? filter) =>
        filter is null ? $"The plan has {count} tasks" : $"{count} tasks — {filter}";

    public override string NoTasks => "No task matches.";

    public override string CadenceName(Cadence cadence) => cadence switch
    {
        Cadence.Ongoing => "Ongoing — reported quarterly",
        Cadence.Monthly => "Reported monthly",
        Cadence.Periodic => "Periodic reporting (quarterly)",
        Cadence.Deadline => "Deadline",
        Cadence.Period => "Multi-year period — reported quarterly",
        Cadence.Annual => "Per the yearly plan",
        Cadence.Conditional => "Once its condition is met",
        _ => cadence.ToString(),
    };

    public override string MoreTasks(int count) => $"… and {count} more tasks";

    public override string UnsupportedAction => "This action is not supported yet.";

    public override string NotAllowed => "Sorry, only PciBot admins (or the department's Office) may use this command. Please ask an admin if you need it.";

    protected override string WhoAmI(string name, IReadOnlyList<string> roles) =>
        roles.Count == 0
            ? $"You are {name}. You are not assigned to any unit yet; an admin can type \"assign @{name} as head of <unit>\"."
            : $"You are {name}: {string.Join("; ", roles)}.";

    public override string Assigned(string person, string role) => $"{person} is now {role}.";

    public override string Unassigned(string person, string what) => $"{person} is no longer {what}.";

    public override string NothingToUnassign(string person) => $"{person} has no such role.";

    public override string MentionSomeone => "Mention (@) the person, e.g. \"assign @Nguyen Van A as head of Phòng TTBCXB\".";

    public override string NameAUnit => "Name the unit, e.g. \"assign @Nguyen Van A as head of Phòng TTBCXB\".";

    public override string UnitNotAssignable(string unit) => $"{unit} is not a unit of the department, so nobody can be assigned to it.";

    public override string CannotResolvePerson(string name) => $"Could not find the Teams account of {name}. They need PciBot installed in Teams.";

    public override string PeopleTitle => "Assigned people";

    public override string NoPeople => "Nobody is assigned to a unit yet.";

    public override string RoleName(PciBot.People.PersonRole role, string? unit) => role switch
    {
        PciBot.People.PersonRole.Head => $"head of {unit}",
        PciBot.People.PersonRole.Delegate => $"delegate of {unit}",
        PciBot.People.PersonRole.OfficeStaff => OfficeLabel,
        _ => AdminLabel,
    };

    public override string OfficeChannelSet(string channel) => $"From now on PciBot sends the Office's digests to the channel {channel}.";

    public override string OfficeChannelOnlyInChannel => "Send this command in the Office's channel (mention @PciBot there).";

    public override string AdminLabel => "admin";

    public override string OfficeLabel => "Office staff";

    public override string PeriodLabel(PciBot.Calendar.ReportingPeriod period) => period.LabelEn;

    public override string DeadlineLabel(DateOnly deadline) => $"due {Date(deadline)}";

    public override string ReminderTitle(string period) => $"Report due: {period}";

    public override string FollowUpTitle(string period) => $"Reminder: no report yet for {period}";

    public override string ReminderIntro(string unit, DateOnly cutOff) => $"Please report {unit}'s progress on the task below by {Date(cutOff)}.";

    public override string FollowUpIntro(string unit, DateOnly cutOff) => $"PciBot has no report from {unit} on the task below yet. Reports are due by {Date(cutOff)}.";

    public override string SnoozedTitle => "Reminder, as you asked";

    public override string Unit => "Unit";

    public override string CutOff => "Report by";

    public override string EscalationTitle(string period) => $"Reports overdue: {period}";

    public override string EscalationIntro(int count, DateOnly cutOff) => $"The cut-off was {Date(cutOff)}; {count} task reports are still missing:";

    public override string UnassignedTitle(string period) => $"Nobody receives reminders: {period}";

    public override string UnassignedIntro => "These units have no head or delegate registered in PciBot, so nobody received their reminders. An admin can type \"assign @Name as head of <unit>\".";

    public override string UnreachableTitle => "A reminder could not be delivered";

    public override string UnconfirmedTitle => "A reminder may not have arrived";

    public override string UnconfirmedIntro(string person, string period, string reason) =>
        $"PciBot is not sure its{(period.Length > 0 ? $" {period}" : "")} reminder reached {person} ({reason}). So that nobody gets it twice, it is not sent again; please check and remind them directly if needed.";

    public override string UnreachableIntro(string person, string reason) => $"PciBot could not message {person} ({reason}). Please remind them directly and ask them to reinstall PciBot in Teams.";

    public override string RollupTitle(string period) => $"Roll-up of {period}";

    public override string RollupIntro(int tasks, DateOnly cutOff) => $"Today ({Date(cutOff)}) is the cut-off. Please roll up and assess the results of the plan's {tasks} tasks.";

    public override string YearEndTitle(int year) => $"Year {year} report";

    public override string YearEndIntro(string reportTo, DateOnly deadline) => $"The Office drafts the report on the plan's results for {reportTo}, due before {Date(deadline)}.";

    public override string DialogueTitle(string period) => $"Dialogue with businesses — {period}";

    public override string DialogueIntro => "The plan asks for a dialogue with businesses at least twice a year (general task h). Please check it is organised this half-year.";

    public override string NobodyAssigned => "nobody assigned";

    public override string Yours => "yours";

    public override string NotAssignedYet => "You are not assigned to any unit yet, so you have no tasks of your own. An admin can type \"assign @Name as head of <unit>\"; meanwhile type \"tasks\" for the whole plan.";

    public override string DueIn(string period) => $"due for reporting in {period}";

    public override string UpdateTitle(string period) => $"Progress update: {period}";

    public override string UpdatedTitle => "Progress updated";

    public override string ContributionIntro(string unit) => $"{unit} supports this task; what you send is recorded as the coordinating unit's contribution.";

    public override string ReportingUnit => "Reporting unit";

    public override string ContributionMark => "contribution";

    public override string LatestUpdate => "Latest update";

    public override string NoUpdateYet => "No update for this period yet.";

    public override string UpdatedBy(string name, DateTimeOffset at) => $"Updated by {name} at {LocalMoment(at)} (Vietnam time)";

    public override string UpdatedByLabel => "Updated by";

    public override string Status => "Status";

    public override string OverdueTitle => "Overdue, not reported";

    public override string NotReportedTitle(string period) => $"Not reported — {period}";

    public override string NotReportedOnlyOffice => "Only the Office and admins can see which units have not reported. Type \"my tasks\" to see your unit's tasks.";

    public override string EveryoneReported => "Every unit has reported.";

    public override string TasksOf(string what) => $"Tasks — {what}";

    public override string UpdateButton => "Update";

    public override string MoreButton(int remaining) => $"More ({remaining})";

    public override string PageLabel(int page, int pages) => $"Page {page}/{pages}";

    public override string UpdateCommand(TaskKey key) => $"update task {key}";

    public override string IndexCommand(string code) => $"tasks {code}";

    public override string DidYouMean(IReadOnlyList<string> suggestions) =>
        $"Did you mean: {string.Join(", ", suggestions.Select(s => $"\"{s}\""))}?";

    public override string SeveralIndices(IReadOnlyList<string> commands) =>
        $"That matches several indices. Pick one: {string.Join(", ", commands.Select(s => $"\"{s}\""))}.";

    public override string ReportedCount(int reported, int total) => $"{reported}/{total} units reported";

    public override string NothingToReport => "nothing to report";

    public override string ThisPeriod => "This period";

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

    public override string StatusName(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "Not started",
        ProgressStatus.InProgress => "In progress",
        ProgressStatus.Done => "Done",
        ProgressStatus.Blocked => "Blocked",
        _ => status.ToString(),
    };

    public override string PercentDone => "% done";

    public override string Result => "Result/product";

    public override string Obstacles => "Obstacles and proposals";

    public override string Evidence => "Evidence link";

    public override string SubmitUpdate => "Submit update";

    public override string RemindLater => "Remind me later";

    public override string SnoozeName(SnoozeChoice choice) => choice switch
    {
        SnoozeChoice.OneDay => "1 day",
        SnoozeChoice.ThreeDays => "3 days",
        _ => "Next week",
    };

    public override string RequestExtension => "Ask for more time";

    public override string ExtensionDate => "New date requested";

    public override string ExtensionReason => "Reason";

    public override string SendExtension => "Send the request";

    public override string FixErrors => "Not saved yet: please correct the fields marked below and send again.";

    public override string StatusRequired => "Choose a status.";

    public override string PercentInvalid => "Enter a number from 0 to 100.";

    public override string TooLong(int max) => $"At most {max} characters.";

    public override string LinkInvalid => "The link must be a web address starting with http:// or https://.";

    public override string ExtensionDateRequired => "Choose the date you need.";

    public override string ExtensionDateTooEarly(DateOnly notBefore) => $"The date must be {Date(notBefore)} or later.";

    public override string ExtensionReasonRequired => "Give a reason.";

    public override string Snoozed(DateTimeOffset at) => $"Done: PciBot will remind you again at {LocalMoment(at)} (Vietnam time).";

    public override string ExtensionSent(DateOnly date) => $"Your request for more time, until {Date(date)}, has gone to the Office.";

    public override string NoOfficeToAsk => "Nobody in the Office receives requests through PciBot yet; please tell the Office directly.";

    public override string RefusedTitle => "You cannot update this task";

    public override string Refused => "Sorry, only the head or a delegate of a unit that leads or supports this task, Office staff and admins may update its progress. Nothing was saved. If you need to, ask a PciBot admin to assign you to your unit.";

    public override string SaveFailed => "PciBot could not save the update. Your entries are still on the card; please send again in a few minutes.";

    public override string UpdateNotAllowed(TaskKey key) => $"You are not in a unit that leads or supports task {key}, so you cannot update it. Type \"who am i\" to see your roles, or ask an admin to assign you to your unit.";

    public override string HistoryTitle(TaskKey key) => $"Update history — task {key}";

    public override string NoHistory => "Nobody has updated this task yet.";

    public override string OlderUpdates(int count) => $"… and {count} older updates";

    public override string ExtensionTitle(TaskKey key) => $"Request for more time — task {key}";

    public override string ExtensionIntro(string person, string unit, DateOnly requested, DateOnly cutOff) =>
        $"{person} ({unit}) asks to report on the task below by {Date(requested)} instead of {Date(cutOff)}.";

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

    public override string RuleWords(PciBot.Schedules.ScheduleDefinition schedule)
    {
        var at = schedule.TimeOfDay.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var main = schedule.Rule switch
        {
            PciBot.Schedules.ScheduleRuleKind.MonthlyDay => $"day {schedule.RuleValue} of every month at {at} (the working day before if it is a day off)",
            PciBot.Schedules.ScheduleRuleKind.QuarterlyOffset => $"{schedule.RuleValue} working days before each quarter's cut-off at {at}",
            PciBot.Schedules.ScheduleRuleKind.Weekly => $"every {schedule.RuleValue} at {at} (skipping days off)",
            PciBot.Schedules.ScheduleRuleKind.Cron => $"by the cron expression \"{schedule.RuleValue}\" (Vietnam time)",
            _ => schedule.Kind switch
            {
                PciBot.Schedules.ScheduleKind.Monthly => $"{schedule.ReminderWorkingDaysBefore} working days before the 14th of each month at {at}",
                PciBot.Schedules.ScheduleKind.Quarterly => $"{schedule.ReminderWorkingDaysBefore} working days before each quarter's cut-off (14 Mar, 14 Jun, 14 Sep, 14 Dec) at {at}",
                PciBot.Schedules.ScheduleKind.Annual => $"{schedule.ReminderWorkingDaysBefore} working days before 14 Dec at {at}",
                PciBot.Schedules.ScheduleKind.Deadline => $"{schedule.DaysBeforeDeadline} days before each task's deadline at {at}",
                PciBot.Schedules.ScheduleKind.Dialogue => $"{schedule.ReminderWorkingDaysBefore} working days before each half-year's cut-off at {at}",
                PciBot.Schedules.ScheduleKind.OfficeRollup => $"on each quarter's cut-off at {at}",
                PciBot.Schedules.ScheduleKind.Digest => $"every Monday at {at} from {schedule.ReminderWorkingDaysBefore} working days before each quarter's cut-off, and on each monthly and quarterly cut-off",
                _ => $"{schedule.ReminderWorkingDaysBefore} working days before the plan's report deadline at {at}",
            },
        };
        var followUp = schedule.Kind != PciBot.Schedules.ScheduleKind.Deadline && schedule.FollowUpWorkingDaysBefore is { } f ? $"; follow-up {f} working days before the cut-off" : "";
        var escalation = schedule.EscalationWorkingDaysAfter is { } e ? $"; the Office is told {e} working days after" : "";
        return main + followUp + escalation;
    }

    public override string PlanRecipients(PciBot.Schedules.ScheduleKind kind) => kind is PciBot.Schedules.ScheduleKind.Dialogue or PciBot.Schedules.ScheduleKind.OfficeRollup or PciBot.Schedules.ScheduleKind.YearEnd or PciBot.Schedules.ScheduleKind.Digest
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

    public override string RuleChoice(PciBot.Schedules.ScheduleRuleKind rule) => rule switch
    {
        PciBot.Schedules.ScheduleRuleKind.MonthlyDay => "A day of every month",
        PciBot.Schedules.ScheduleRuleKind.QuarterlyOffset => "Working days before the quarter's cut-off",
        PciBot.Schedules.ScheduleRuleKind.Weekly => "A day of every week",
        PciBot.Schedules.ScheduleRuleKind.Cron => "Cron expression (experts)",
        _ => "As the plan says (working days before the cut-off)",
    };

    public override string RuleValueLabel => "Rule value";

    public override string RuleValueHint => "Plan or quarterly: working days (0–60); monthly: day 1–31; weekly: Monday … Sunday; cron: e.g. 0 0 8 ? * MON";

    public override string FollowUpLabel(PciBot.Schedules.ScheduleKind kind) => kind == PciBot.Schedules.ScheduleKind.Deadline
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

    public override string RunNowQueued(int count, string period) => $"Sent {count} messages of the {period} reminder now; they will not be sent again when it falls due.";

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

    public override string ExceptionAdded(DateOnly date) => $"Added the change on {Date(date)}. The schedules were worked out again.";

    public override string ExceptionRemoved(DateOnly date) => $"Removed the change on {Date(date)}. The schedules were worked out again.";

    public override string ImportHow => "To import a plan, send PciBot (in a personal chat) a JSON file in the seeds/ format or an Excel workbook laid out like the plan's appendix (index, task, lead, coordinating, timeline). PciBot shows the changes before applying them.";

    public override string ImportTitle(string file) => $"Import preview: {file}";

    public override string ImportSummary(string plan, int added, int edited, int removed) => $"Plan {plan}: {added} tasks added, {edited} edited, {removed} removed. Update history is kept; removed tasks are archived.";

    public override string ImportAdded => "Added";

    public override string ImportEdited => "Edited";

    public override string ImportRemoved => "Removed";

    public override string ImportNewPlan(string number, int year) => $"A new plan {number} (year {year}).";

    public override string ImportNoChanges => "Nothing differs from the plan as it is.";

    public override string ApplyImport => "Apply";

    public override string DiscardImport => "Discard";

    public override string ImportApplied(string plan) => $"Plan {plan} applied. The schedules were worked out again.";

    public override string ImportDiscarded => "Discarded; nothing changed.";

    public override string ImportFailed(string reason) => $"The file could not be read: {reason}";

    public override string ImportGone => "This preview was already applied or discarded.";

    public override string RolloverTitle(string plan, int year) => $"Roll plan {plan} over to {year}";

    public override string RolloverIntro(int tasks) => $"Copies {tasks} tasks (units, indices, deadlines a year later) into a plan for the new year. Schedules stay and apply to the new plan; the old plan's history stays readable.";

    public override string ConfirmRollover => "Roll over";

    public override string RolloverDone(string plan) => $"Created plan {plan}; it is now the current plan.";

    public override string RolloverExists(string plan) => $"Plan {plan} already exists.";

    public override string ConditionMarked(TaskKey key) => $"Task {key}'s condition is marked met; it is reminded with the quarterly schedule from now on.";

    public override string NotConditional(TaskKey key) => $"Task {key} has no condition.";

    public override string AuditTitle => "Audit log";

    public override string NoAudit => "No changes yet.";

    public override string DigestTitle(string period) => $"Progress digest — {period}";

    public override string DigestIntro(DateOnly today, DateOnly cutOff) => $"Reports as of {Date(today)}; the period closes on {Date(cutOff)}.";

    public override string ByUnit => "By unit";

    public override string ByIndex => "By index";

    public override string DigestNotReportedTitle => "Not reported yet";

    public override string DueList(string tasks) => $"due: {tasks}";

    public override string OverdueList(string tasks) => $"overdue: {tasks}";

    public override string LateHeads(string mentions) => $"{mentions}: please report on your overdue tasks.";

    public override string NewObstaclesTitle => "New obstacles";

    public override string NewExtensionsTitle => "New extension requests";

    public override string ExtensionLine(string person, string unit, DateOnly until, DateOnly cutOff, string reason) =>
        $"{person} ({unit}) asks for {Date(until)} (due {Date(cutOff)}): {reason}";

    public override string DigestOverdueTitle => "Overdue tasks";

    public override string OverdueLine(string unit, DateOnly cutOff) => $"{unit} — due {Date(cutOff)}";

    public override string NothingToShow => "None.";

    public override string MoreItems(int count) => $"… and {count} more";

    public override string OpenTask => "Open task";

    public override string RemindAgain => "Remind again";

    public override string Nudged(int people, string unit, TaskKey key) => $"The reminder for task {key} was sent again to {people} people of {unit}.";

    public override string AlreadyNudged(string unit, TaskKey key) => $"The reminder for task {key} was already sent again to {unit} from this digest.";

    public override string NobodyToNudge(string unit) => $"Nobody is assigned to {unit} in PciBot, so there is no one to remind.";

    public override string OfficeOnly => "Only Office staff and admins can use this.";

    public override string TargetScore(decimal score) => $"target {score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} points";

    public override string PreviousQuarter(string status) => $"last quarter: {status}";

    public override string ContributionsLabel => "Contributions";

    public override string DownloadWord => "Download Word (.docx)";

    public override string DownloadExcel => "Download Excel (.xlsx)";

    public override string DownloadTitle(string what) => $"Report {what}";

    public override string DownloadIntro(DateTimeOffset expires) => $"These links are for you only and expire at {LocalMoment(expires)}. Please do not forward them.";

    public override string RollupOnDemandIntro(DateOnly today) => $"Figures as of {Date(today)}.";

    public override string ExternalLead => "led by units outside the department";
}
