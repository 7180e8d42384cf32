using PciBot.Calendar;
using PciBot.Registry;
using PciBot.Updates;

namespace PciBot.Localization;

/// <summary>Every sentence the bot says, one subclass per language.</summary>
internal abstract class BotTexts
{
    public static BotTexts Vietnamese { get; } = new VietnameseTexts();

    public static BotTexts English { get; } = new EnglishTexts();

    /// <summary>Vietnamese unless the Teams locale is English ("en", "en-US", …).</summary>
    public static BotTexts For(string? locale) =>
        locale is not null && (locale.Equals("en", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            ? English
            : Vietnamese;

    public abstract string Language { get; }

    public abstract string HelpTitle { get; }

    public abstract string HelpIntro { get; }

    public abstract IReadOnlyList<(string Example, string Meaning)> HelpExamples { get; }

    public abstract string Unknown(string text);

    public abstract string TaskNotFound(TaskKey key);

    public abstract string NoPlan { get; }

    public abstract string Task { get; }

    public abstract string Index { get; }

    public abstract string Weight { get; }

    public abstract string Target { get; }

    public abstract string Lead { get; }

    public abstract string Coordinating { get; }

    public abstract string Timeline { get; }

    public abstract string Reporting { get; }

    public abstract string Deadline { get; }

    public abstract string Period { get; }

    public abstract string Condition { get; }

    public abstract string ConditionMet { get; }

    public abstract string ShowMore { get; }

    public abstract string ShowLess { get; }

    public abstract string None { get; }

    public abstract string TaskListTitle(int count, string? filter);

    public abstract string NoTasks { get; }

    public abstract string CadenceName(Cadence cadence);

    public abstract string MoreTasks(int count);

    public abstract string UnsupportedAction { get; }

    public abstract string NotAllowed { get; }

    public string WhoAmI(string name, bool admin, bool office, IReadOnlyList<string> units) =>
        WhoAmI(name, [.. units, .. office ? [OfficeLabel] : Array.Empty<string>(), .. admin ? [AdminLabel] : Array.Empty<string>()]);

    protected abstract string WhoAmI(string name, IReadOnlyList<string> roles);

    public abstract string Assigned(string person, string role);

    public abstract string Unassigned(string person, string what);

    public abstract string NothingToUnassign(string person);

    public abstract string MentionSomeone { get; }

    public abstract string NameAUnit { get; }

    public abstract string UnitNotAssignable(string unit);

    public abstract string CannotResolvePerson(string name);

    public abstract string PeopleTitle { get; }

    public abstract string NoPeople { get; }

    public abstract string RoleName(PciBot.People.PersonRole role, string? unit);

    public abstract string OfficeChannelSet(string channel);

    public abstract string OfficeChannelOnlyInChannel { get; }

    public abstract string AdminLabel { get; }

    public abstract string OfficeLabel { get; }

    public abstract string PeriodLabel(PciBot.Calendar.ReportingPeriod period);

    public abstract string DeadlineLabel(DateOnly deadline);

    /// <summary>A period key as its reader says it: a reporting period ("2023-Q4"), a deadline ("D2023-12-31"), else the key.</summary>
    public string PeriodText(string? periodKey) =>
        periodKey is null ? "" :
        PciBot.Calendar.ReportingPeriods.TryParse(periodKey, out var period) ? PeriodLabel(period) :
        periodKey.StartsWith('D') && DateOnly.TryParseExact(periodKey[1..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var deadline) ? DeadlineLabel(deadline) :
        periodKey;

    public abstract string ReminderTitle(string period);

    public abstract string FollowUpTitle(string period);

    public abstract string ReminderIntro(string unit, DateOnly cutOff);

    public abstract string FollowUpIntro(string unit, DateOnly cutOff);

    public abstract string SnoozedTitle { get; }

    public abstract string Unit { get; }

    public abstract string CutOff { get; }

    public abstract string EscalationTitle(string period);

    public abstract string EscalationIntro(int count, DateOnly cutOff);

    public abstract string UnassignedTitle(string period);

    public abstract string UnassignedIntro { get; }

    public abstract string UnreachableTitle { get; }

    public abstract string UnreachableIntro(string person, string reason);

    public abstract string UnconfirmedTitle { get; }

    /// <summary>A reminder whose post got no answer; <paramref name="period"/> may be empty.</summary>
    public abstract string UnconfirmedIntro(string person, string period, string reason);

    public abstract string RollupTitle(string period);

    public abstract string RollupIntro(int tasks, DateOnly cutOff);

    public abstract string YearEndTitle(int year);

    public abstract string YearEndIntro(string reportTo, DateOnly deadline);

    public abstract string DialogueTitle(string period);

    public abstract string DialogueIntro { get; }

    public abstract string NobodyAssigned { get; }

    public abstract string Yours { get; }

    public abstract string NotAssignedYet { get; }

    public abstract string DueIn(string period);

    public abstract string UpdateTitle(string period);

    public abstract string UpdatedTitle { get; }

    public abstract string ContributionIntro(string unit);

    public abstract string ReportingUnit { get; }

    public abstract string ContributionMark { get; }

    public abstract string LatestUpdate { get; }

    public abstract string NoUpdateYet { get; }

    public abstract string UpdatedBy(string name, DateTimeOffset at);

    public abstract string UpdatedByLabel { get; }

    public abstract string Status { get; }

    public abstract string StatusName(ProgressStatus status);

    public abstract string ReportStatusName(PciBot.Status.ReportStatus status);

    public abstract string OverdueTitle { get; }

    public abstract string NotReportedTitle(string period);

    public abstract string NotReportedOnlyOffice { get; }

    public abstract string EveryoneReported { get; }

    public abstract string TasksOf(string what);

    public abstract string UpdateButton { get; }

    public abstract string MoreButton(int remaining);

    public abstract string PageLabel(int page, int pages);

    public abstract string UpdateCommand(TaskKey key);

    public abstract string IndexCommand(string code);

    public abstract string DidYouMean(IReadOnlyList<string> suggestions);

    public abstract string SeveralIndices(IReadOnlyList<string> commands);

    public abstract string ReportedCount(int reported, int total);

    public abstract string NothingToReport { get; }

    public abstract string ThisPeriod { get; }

    public abstract string PercentDone { get; }

    public abstract string Result { get; }

    public abstract string Obstacles { get; }

    public abstract string Evidence { get; }

    public abstract string SubmitUpdate { get; }

    public abstract string RemindLater { get; }

    public abstract string SnoozeName(SnoozeChoice choice);

    public abstract string RequestExtension { get; }

    public abstract string ExtensionDate { get; }

    public abstract string ExtensionReason { get; }

    public abstract string SendExtension { get; }

    public abstract string FixErrors { get; }

    public abstract string StatusRequired { get; }

    public abstract string PercentInvalid { get; }

    public abstract string TooLong(int max);

    public abstract string LinkInvalid { get; }

    public abstract string ExtensionDateRequired { get; }

    public abstract string ExtensionDateTooEarly(DateOnly notBefore);

    public abstract string ExtensionReasonRequired { get; }

    public abstract string Snoozed(DateTimeOffset at);

    public abstract string ExtensionSent(DateOnly date);

    public abstract string NoOfficeToAsk { get; }

    public abstract string RefusedTitle { get; }

    public abstract string Refused { get; }

    public abstract string SaveFailed { get; }

    public abstract string UpdateNotAllowed(TaskKey key);

    public abstract string HistoryTitle(TaskKey key);

    public abstract string NoHistory { get; }

    public abstract string OlderUpdates(int count);

    public abstract string ExtensionTitle(TaskKey key);

    public abstract string ExtensionIntro(string person, string unit, DateOnly requested, DateOnly cutOff);

    /// <summary>An instant as people in Khánh Hòa read it: "HH:mm dd/MM/yyyy" in Vietnam time.</summary>
    public static string LocalMoment(DateTimeOffset instant) =>
        VietnamTime.ToLocal(instant).ToString("HH':'mm dd'/'MM'/'yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Dates read dd/MM/yyyy in both languages, as Vietnamese documents write them.</summary>
    public static string Date(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string FamilyName(IndexFamily family) => family == IndexFamily.Pci ? "PCI" : "PGI";

    public string TaskLabel(TaskKey key) => $"{Task} {key}";

    // Admin: schedules, holidays, plans, audit.
    public abstract string AdminOnly { get; }

    public abstract string SchedulesTitle { get; }

    public abstract string ScheduleName(string key);

    public abstract string RuleWords(PciBot.Schedules.ScheduleDefinition schedule);

    public abstract string PlanRecipients(PciBot.Schedules.ScheduleKind kind);

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

    public abstract string RuleChoice(PciBot.Schedules.ScheduleRuleKind rule);

    public abstract string RuleValueLabel { get; }

    public abstract string RuleValueHint { get; }

    public abstract string FollowUpLabel(PciBot.Schedules.ScheduleKind kind);

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

    public abstract string ImportNoChanges { get; }

    public abstract string ApplyImport { get; }

    public abstract string DiscardImport { get; }

    public abstract string ImportApplied(string plan);

    public abstract string ImportDiscarded { get; }

    public abstract string ImportFailed(string reason);

    public abstract string ImportGone { get; }

    public abstract string RolloverTitle(string plan, int year);

    public abstract string RolloverIntro(int tasks);

    public abstract string ConfirmRollover { get; }

    public abstract string RolloverDone(string plan);

    public abstract string RolloverExists(string plan);

    public abstract string ConditionMarked(TaskKey key);

    public abstract string NotConditional(TaskKey key);

    public abstract string AuditTitle { get; }

    public abstract string NoAudit { get; }

    public abstract string DigestTitle(string period);

    public abstract string DigestIntro(DateOnly today, DateOnly cutOff);

    public abstract string ByUnit { get; }

    public abstract string ByIndex { get; }

    public abstract string DigestNotReportedTitle { get; }

    public abstract string DueList(string tasks);

    public abstract string OverdueList(string tasks);

    public abstract string LateHeads(string mentions);

    public abstract string NewObstaclesTitle { get; }

    public abstract string NewExtensionsTitle { get; }

    public abstract string ExtensionLine(string person, string unit, DateOnly until, DateOnly cutOff, string reason);

    public abstract string DigestOverdueTitle { get; }

    public abstract string OverdueLine(string unit, DateOnly cutOff);

    public abstract string NothingToShow { get; }

    public abstract string MoreItems(int count);

    public abstract string OpenTask { get; }

    public abstract string RemindAgain { get; }

    public abstract string Nudged(int people, string unit, TaskKey key);

    public abstract string AlreadyNudged(string unit, TaskKey key);

    public abstract string NobodyToNudge(string unit);

    public abstract string OfficeOnly { get; }

    public abstract string TargetScore(decimal score);

    public abstract string PreviousQuarter(string status);

    public abstract string ContributionsLabel { get; }

    public abstract string DownloadWord { get; }

    public abstract string DownloadExcel { get; }

    public abstract string DownloadTitle(string what);

    public abstract string DownloadIntro(DateTimeOffset expires);

    public abstract string RollupOnDemandIntro(DateOnly today);

    public abstract string ExternalLead { get; }
}
