using PciBot.Localization;

namespace PciBot.Reminders;

internal sealed class EnglishReminderTexts : ReminderTexts
{
    public override string ReminderTitle(string period) => $"Report due: {period}";

    public override string FollowUpTitle(string period) => $"Reminder: no report yet for {period}";

    public override string ReminderIntro(string unit, DateOnly cutOff) => $"Please report {unit}'s progress on the task below by {BotTexts.Date(cutOff)}.";

    public override string FollowUpIntro(string unit, DateOnly cutOff) => $"PciBot has no report from {unit} on the task below yet. Reports are due by {BotTexts.Date(cutOff)}.";

    public override string SnoozedTitle => "Reminder, as you asked";

    public override string ListIntro(string units, int count, DateOnly cutOff) => $"Please report on the {LineCount(count)} below for {units} by {BotTexts.Date(cutOff)}.";

    public override string FollowUpListIntro(string units, int count, DateOnly cutOff) => $"PciBot has no report from {units} on the {LineCount(count)} below yet. Reports are due by {BotTexts.Date(cutOff)}.";

    public override string SnoozedListIntro(int count) => $"You asked PciBot to remind you of the {LineCount(count)} below.";

    public override string MoreLines(int count) => $"… and {EnglishTexts.Count(count, "more task")}. Type \"my tasks\" to see them all.";

    public override string ListHint => "Press Update to open a task's update form right here.";

    public override string LineCount(int count) => EnglishTexts.Count(count, "task");

    public override string UpdateButton => "Update";

    public override string Unit => "Unit";

    public override string EscalationTitle(string period) => $"Reports overdue: {period}";

    public override string EscalationIntro(int count, DateOnly cutOff) => $"The cut-off was {BotTexts.Date(cutOff)}; {EnglishTexts.Count(count, "task report")} {(count == 1 ? "is" : "are")} still missing:";

    public override string UnassignedTitle(string period) => $"Nobody receives reminders: {period}";

    public override string UnassignedIntro => "These units have no head or delegate registered in PciBot, so nobody received their reminders. An admin can type \"assign @Name as head of <unit>\".";

    public override string UnreachableTitle => "A reminder could not be delivered";

    public override string UnconfirmedTitle => "A reminder may not have arrived";

    public override string UnconfirmedIntro(string person, string period, string reason) =>
        $"PciBot is not sure its{(period.Length > 0 ? $" {period}" : "")} reminder reached {person} ({reason}). So that nobody gets it twice, it is not sent again; please check and remind them directly if needed.";

    public override string UnreachableIntro(string person, string reason) => $"PciBot could not message {person} ({reason}). Please remind them directly and ask them to reinstall PciBot in Teams.";

    public override string GraphPermissionTitle => "PciBot cannot install itself for people who never opened it";

    public override string GraphPermissionIntro(string permission) =>
        $"Microsoft Graph refused to install PciBot for a person without a chat: the app registration lacks the application permission {permission} or its admin consent. Reminders to such people are tried through Teams instead and reach only those who have the app. An Entra ID admin: Entra admin center → App registrations → the PciBot app → API permissions → Add a permission → Microsoft Graph → Application permissions → {permission}, then \"Grant admin consent\". Type \"readiness\" to see who can be reached.";

    public override string DialogueTitle(string period) => $"Dialogue with businesses — {period}";

    public override string DialogueIntro => "The plan asks for a dialogue with businesses at least twice a year (general task h). Please check it is organised this half-year.";

    public override string NobodyAssigned => "nobody assigned";
}
