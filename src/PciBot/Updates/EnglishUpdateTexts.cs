using PciBot.Calendar;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Updates;

internal sealed class EnglishUpdateTexts : UpdateTexts
{
    public override string CutOff => "Report by";

    public override string UpdateTitle(string period) => $"Progress update: {period}";

    public override string UpdatedTitle => "Progress updated";

    public override string ContributionIntro(string unit) => $"{unit} supports this task; what you send is recorded as the coordinating unit's contribution.";

    public override string ReportingUnit => "Reporting unit";

    public override string ContributionMark => "contribution";

    public override string LatestUpdate => "Latest update";

    public override string NoUpdateYet => "No update for this period yet.";

    public override string UpdatedBy(string name, DateTimeOffset at) => $"Updated by {name} at {CalendarTexts.LocalMoment(at)} (Vietnam time)";

    public override string UpdatedByLabel => "Updated by";

    public override string Status => "Status";

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

    public override string EditUpdate => "Edit";

    public override string EditIntro => "Change what needs changing and press Submit update: it is saved as a new update, and the earlier one stays in the history.";

    public override string RemindLater => "Remind me later";

    public override string SnoozeName(SnoozeChoice choice) => choice switch
    {
        SnoozeChoice.OneDay => "1 day",
        SnoozeChoice.ThreeDays => "3 days",
        _ => "Next week",
    };

    public override string CutOffDayMark => "cut-off day";

    public override string AfterCutOffMark => "after cut-off";

    public override string SnoozeNote(IReadOnlyList<SnoozeOption> late, DateOnly cutOff)
    {
        ArgumentNullException.ThrowIfNull(late);
        var each = late.Select(o => $"{SnoozeName(o.Choice)} ({DayMonth(o.Day)}) {(o.IsOnCutOff ? "comes on the cut-off day" : "comes after the cut-off")}");
        return $"Note: reports are due by {BotTexts.Date(cutOff)}; {string.Join("; ", each)}.";
    }

    public override string RequestExtension => "Ask for more time";

    public override string ExtensionDate => "New date requested";

    public override string ExtensionReason => "Reason";

    public override string SendExtension => "Send the request";

    public override string StatusRequired => "Choose a status.";

    public override string PercentInvalid => "Enter a number from 0 to 100.";

    public override string TooLong(int max) => $"At most {max} characters.";

    public override string LinkInvalid => "The link must be a web address starting with http:// or https://.";

    public override string ExtensionDateRequired => "Choose the date you need.";

    public override string ExtensionDateTooEarly(DateOnly notBefore) => $"The date must be {BotTexts.Date(notBefore)} or later.";

    public override string ExtensionReasonRequired => "Give a reason.";

    public override string Snoozed(SnoozeOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var when = $"Done: PciBot will remind you again at {CalendarTexts.LocalMoment(option.At)} (Vietnam time)";
        return option.IsBeforeCutOff ? $"{when}."
            : option.IsOnCutOff ? $"{when}, on the cut-off day."
            : $"{when}, after the {BotTexts.Date(option.CutOff)} cut-off.";
    }

    public override string ExtensionSent(DateOnly date) => $"Your request for more time, until {BotTexts.Date(date)}, has gone to the Office.";

    public override string NoOfficeToAsk => "Nobody in the Office receives requests through PciBot yet; please tell the Office directly.";

    public override string TaskGone => "This task is no longer in the current plan.";

    public override string RefusedTitle => "You cannot update this task";

    public override string Refused => "Sorry, only the head or a delegate of a unit that leads or supports this task, Office staff and admins may update its progress. Nothing was saved. If you need to, ask a PciBot admin to assign you to your unit.";

    public override string UpdateNotAllowed(TaskKey key) => $"You are not in a unit that leads or supports task {key}, so you cannot update it. Type \"who am i\" to see your roles, or ask an admin to assign you to your unit.";

    public override string HistoryTitle(TaskKey key) => $"Update history — task {key}";

    public override string NoHistory => "Nobody has updated this task yet.";

    public override string OlderUpdates(int count) => $"… and {EnglishTexts.Count(count, "older update")}";

    public override string ExtensionTitle(TaskKey key) => $"Request for more time — task {key}";

    public override string ExtensionIntro(string person, string unit, DateOnly requested, DateOnly cutOff) =>
        $"{person} ({unit}) asks to report on the task below by {BotTexts.Date(requested)} instead of {BotTexts.Date(cutOff)}.";

    public override string Approve => "Approve";

    public override string Decline => "Decline";

    public override string ConfirmApprove => "Confirm the new date";

    public override string ConfirmDecline => "Confirm declining";

    public override string GrantedDate => "New cut-off";

    public override string DeclineReason => "Reason for declining";

    public override string GrantedDateRequired => "Choose the new cut-off.";

    public override string GrantedDateTooEarly(DateOnly notBefore) => $"The new cut-off must be after today and after the current one: {BotTexts.Date(notBefore)} or later.";

    public override string DeclineReasonRequired => "Give the reason, so the unit knows why.";

    public override string ApprovedBy(string name, DateTimeOffset at, DateOnly until) => $"Approved by {name} at {CalendarTexts.LocalMoment(at)} (Vietnam time): the new cut-off is {BotTexts.Date(until)}.";

    public override string DeclinedBy(string name, DateTimeOffset at) => $"Declined by {name} at {CalendarTexts.LocalMoment(at)} (Vietnam time).";

    public override string AlreadyDecided => "This request was decided before; nothing more was changed.";

    public override string DecideRefusedTitle => "You cannot decide this request";

    public override string DecideRefused => "Sorry, only Office staff and admins may approve or decline a request for more time. Nothing was changed.";

    public override string RequestGone => "This request for more time, or its task in the current plan, can no longer be found; nothing was changed.";

    public override string ExtensionApprovedTitle(TaskKey key) => $"More time granted — task {key}";

    public override string ExtensionApprovedIntro(string decider, string unit, DateOnly until, DateOnly before) =>
        $"{decider} approved {unit}'s request for more time: the new cut-off is {BotTexts.Date(until)} (it was {BotTexts.Date(before)}). PciBot's reminders follow the new date.";

    public override string ExtensionDeclinedTitle(TaskKey key) => $"Request for more time declined — task {key}";

    public override string ExtensionDeclinedIntro(string decider, DateOnly requested, DateOnly cutOff) =>
        $"{decider} declined the request for more time until {BotTexts.Date(requested)}. The cut-off stays {BotTexts.Date(cutOff)}.";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.UnitMember, "update task 19", "Report progress on task 19 for your unit, current period"),
        new(HelpAudience.UnitMember, "history task 19", "Every progress update on task 19"),
    ];
}
