using System.Globalization;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>What Updates says, one subclass per language; reached as <c>texts.Updates</c>.</summary>
internal abstract class UpdateTexts
{
    public static UpdateTexts Vietnamese { get; } = new VietnameseUpdateTexts();

    public static UpdateTexts English { get; } = new EnglishUpdateTexts();

    public abstract string CutOff { get; }

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

    public abstract string PercentDone { get; }

    public abstract string Result { get; }

    public abstract string Obstacles { get; }

    public abstract string Evidence { get; }

    public abstract string SubmitUpdate { get; }

    public abstract string EditUpdate { get; }

    public abstract string EditIntro { get; }

    public abstract string RemindLater { get; }

    public abstract string SnoozeName(SnoozeChoice choice);

    /// <summary>A choice's button: its name and day, and whether that is the cut-off day or after it.</summary>
    public string SnoozeTitle(SnoozeOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var mark = option.IsBeforeCutOff ? "" : $", {(option.IsOnCutOff ? CutOffDayMark : AfterCutOffMark)}";
        return $"{SnoozeName(option.Choice)} ({DayMonth(option.Day)}{mark})";
    }

    /// <summary>Marks a choice that comes on the cut-off day.</summary>
    public abstract string CutOffDayMark { get; }

    /// <summary>Marks a choice that comes after the cut-off.</summary>
    public abstract string AfterCutOffMark { get; }

    /// <summary>Above the choices: which of them, <paramref name="late"/>, come on or after the cut-off.</summary>
    public abstract string SnoozeNote(IReadOnlyList<SnoozeOption> late, DateOnly cutOff);

    public abstract string RequestExtension { get; }

    public abstract string ExtensionDate { get; }

    public abstract string ExtensionReason { get; }

    public abstract string SendExtension { get; }

    public abstract string StatusRequired { get; }

    public abstract string PercentInvalid { get; }

    public abstract string TooLong(int max);

    public abstract string LinkInvalid { get; }

    public abstract string ExtensionDateRequired { get; }

    public abstract string ExtensionDateTooEarly(DateOnly notBefore);

    public abstract string ExtensionReasonRequired { get; }

    /// <summary>The confirmation: when the reminder comes back, and whether that is on or after the cut-off.</summary>
    public abstract string Snoozed(SnoozeOption option);

    public abstract string ExtensionSent(DateOnly date);

    public abstract string NoOfficeToAsk { get; }

    public abstract string TaskGone { get; }

    public abstract string RefusedTitle { get; }

    public abstract string Refused { get; }

    public abstract string UpdateNotAllowed(TaskKey key);

    public abstract string HistoryTitle(TaskKey key);

    public abstract string NoHistory { get; }

    public abstract string OlderUpdates(int count);

    public abstract string ExtensionTitle(TaskKey key);

    public abstract string ExtensionIntro(string person, string unit, DateOnly requested, DateOnly cutOff);

    public abstract string Approve { get; }

    public abstract string Decline { get; }

    public abstract string ConfirmApprove { get; }

    public abstract string ConfirmDecline { get; }

    public abstract string GrantedDate { get; }

    public abstract string DeclineReason { get; }

    public abstract string GrantedDateRequired { get; }

    public abstract string GrantedDateTooEarly(DateOnly notBefore);

    public abstract string DeclineReasonRequired { get; }

    public abstract string ApprovedBy(string name, DateTimeOffset at, DateOnly until);

    public abstract string DeclinedBy(string name, DateTimeOffset at);

    public abstract string AlreadyDecided { get; }

    public abstract string DecideRefusedTitle { get; }

    public abstract string DecideRefused { get; }

    public abstract string RequestGone { get; }

    public abstract string ExtensionApprovedTitle(TaskKey key);

    public abstract string ExtensionApprovedIntro(string decider, string unit, DateOnly until, DateOnly before);

    public abstract string ExtensionDeclinedTitle(TaskKey key);

    public abstract string ExtensionDeclinedIntro(string decider, DateOnly requested, DateOnly cutOff);

    /// <summary>This feature's lines of the help card.</summary>
    public abstract IReadOnlyList<HelpTopic> Help { get; }

    /// <summary>A day in a short label, the year left to the cut-off it is compared with.</summary>
    protected static string DayMonth(DateOnly day) => day.ToString("dd'/'MM", CultureInfo.InvariantCulture);
}
