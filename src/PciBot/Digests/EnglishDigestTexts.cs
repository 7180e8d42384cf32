using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Digests;

internal sealed class EnglishDigestTexts : DigestTexts
{
    public override string DigestTitle(string period) => $"Progress digest — {period}";

    public override string DigestIntro(DateOnly today, DateOnly cutOff) => $"Reports as of {BotTexts.Date(today)}; the period closes on {BotTexts.Date(cutOff)}.";

    public override string ByUnit => "By unit";

    public override string ByIndex => "By index";

    public override string DigestNotReportedTitle => "Not reported yet";

    public override string CountingNote => "Figures count report lines: one lead unit, one task, one period (a task reported monthly has a line for each month of the quarter).";

    public override string DueList(DateOnly cutOff, string tasks) => $"due {BotTexts.Date(cutOff)}: {tasks}";

    public override string OverdueList(DateOnly cutOff, string tasks) => $"overdue, due {BotTexts.Date(cutOff)}: {tasks}";

    public override string LateHeads(string mentions) => $"{mentions}: please report on your overdue tasks.";

    public override string NewObstaclesTitle => "New obstacles";

    public override string NewExtensionsTitle => "New extension requests";

    public override string ExtensionLine(string person, string unit, DateOnly until, DateOnly cutOff, string reason) =>
        $"{person} ({unit}) asks for {BotTexts.Date(until)} (due {BotTexts.Date(cutOff)}): {reason}";

    public override string DigestOverdueTitle(int lines, int tasks) => lines == 0 ? "Overdue lines" : $"Overdue lines: {lines} ({EnglishTexts.Count(tasks, "task")})";

    public override string OverdueLine(string unit, DateOnly cutOff) => $"{unit} — due {BotTexts.Date(cutOff)}";

    public override string NothingToShow => "None.";

    public override string MoreItems(int count) => $"… and {count} more";

    public override string OpenTask => "Open task";

    public override string RemindAgain => "Remind again";

    public override string Nudged(int people, string unit, TaskKey key) => $"The reminder for task {key} was sent again to {EnglishTexts.Count(people, "person", "people")} of {unit}.";

    public override string AlreadyNudged(string unit, TaskKey key) => $"The reminder for task {key} was already sent again to {unit} from this digest.";

    public override string NobodyToNudge(string unit) => $"Nobody is assigned to {unit} in PciBot, so there is no one to remind.";

    public override string OfficeOnly => "Only Office staff and admins can use this.";

    public override string TargetScore(string score) => $"target {score} points";

    public override string PreviousQuarter(string status) => $"last quarter: {status}";

    public override string ContributionsLabel => "Contributions";

    public override string RollupOnDemandIntro(DateOnly today) => $"Figures as of {BotTexts.Date(today)}.";

    public override string ExternalLead => "led by units outside the department";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Office, "digest", "The progress digest of this quarter"),
        new(HelpAudience.Office, "rollup", "The quarter's rollup, with the Word and Excel files"),
        new(HelpAudience.Office, "export report", "Download links of the quarter's Word and Excel"),
        new(HelpAudience.Office, "year-end report", "The draft year-end report to the Department of Planning and Investment"),
    ];
}
