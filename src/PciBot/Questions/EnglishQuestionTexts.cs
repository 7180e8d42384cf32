using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Questions;

internal sealed class EnglishQuestionTexts : QuestionTexts
{
    public override string Timeline => "Timeline";

    public override string Deadline => "Deadline";

    public override string Period => "Period";

    public override string Condition => "Condition";

    public override string ConditionMet => "Condition met";

    public override string TaskListTitle(int count, string? filter) =>
        filter is null ? $"The plan has {EnglishTexts.Count(count, "task")}" : $"{EnglishTexts.Count(count, "task")} — {filter}";

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

    public override string MoreTasks(int count) => $"… and {EnglishTexts.Count(count, "more task")}";

    public override string YourTasks(string units) => $"Your tasks — {units}";

    public override string NotAssignedYet => "You are not assigned to any unit yet, so you have no tasks of your own. An admin can type \"assign @Name as head of <unit>\"; meanwhile type \"tasks\" for the whole plan.";

    public override string DueIn(string? period, string? scope) => WithScope(period is null ? "Due for reporting" : $"Due for reporting in {period}", scope);

    public override string OverdueIn(string period) => $"Overdue, not reported — {period}";

    public override string YourUnits => "your units";

    public override string SeveralReadings => "That question can be read more than one way. Did you mean:";

    public override string ReadButNot(string read, QuestionSlot slot, string words) =>
        $"I read \"{read}\" but not the {(slot == QuestionSlot.Period ? "period" : "unit")} \"{words}\", so I have not answered rather than answer another question.";

    public override string TryOneOf => "You could ask:";

    public override string OverdueTitle(string previousQuarter, string currentQuarter) => $"Overdue, not reported — {previousQuarter} and {currentQuarter}";

    public override string CurrentScope => "Each task's current reporting period.";

    public override string EarlierOverdue(int lines, int tasks, string question) =>
        $"{EnglishTexts.Count(lines, "line")} of earlier periods {(lines == 1 ? "is" : "are")} still overdue ({EnglishTexts.Count(tasks, "task")}): type \"{question}\" to see them.";

    public override string OverdueQuestion(string? unit) => unit is null ? "what is overdue" : $"overdue tasks of {unit}";

    public override string LineCount(string status, int lines, int tasks) => $"{status}: {EnglishTexts.Count(lines, "line")} ({EnglishTexts.Count(tasks, "task")})";

    public override string OverdueUnits(string units) => $"overdue: {units}";

    public override string StillOverdue => "Still overdue from earlier periods";

    public override string NotReportedTitle(string period) => $"Not reported — {period}";

    public override string NotReportedOnlyOffice => "Only the Office and admins can see which units have not reported. Type \"my tasks\" to see your unit's tasks.";

    public override string EveryoneReported => "Every unit has reported.";

    public override string TasksOf(string what) => $"Tasks — {what}";

    public override string UpdateButton => "Update";

    public override string MoreButton(int remaining) => $"More ({remaining})";

    public override string PageLabel(int page, int pages) => $"Page {page}/{pages}";

    protected override string DidYouMean(string quoted) => $"Did you mean: {quoted}?";

    public override string ReportedCount(int reported, int total) => $"{reported}/{EnglishTexts.Count(total, "unit")} reported";

    public override string NothingToReport => "nothing to report";

    public override string ThisPeriod => "This period";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Everyone, "tasks", "Every task of the plan, by index"),
        new(HelpAudience.Everyone, "tasks A.III, tasks PGI", "Tasks of one index (A.I–A.VIII, B.I–B.II) or of the PCI or PGI family"),
        new(HelpAudience.Everyone, "task 19, PGI 2", "One task in full"),
        new(HelpAudience.Everyone, "status of task 19", "Task 19 in full, with its status"),
        new(HelpAudience.Everyone, "what's due this quarter", "Tasks with a report due this quarter, with their status"),
        new(HelpAudience.Everyone, "next month, Q4 2023, december", "What is due in another period"),
        new(HelpAudience.Everyone, "what is overdue", "Reports past their cut-off and not sent"),
        new(HelpAudience.Everyone, "tasks of Phòng TTBCXB", "Tasks a unit leads or supports"),
        new(HelpAudience.Everyone, "index transparency, PCI time costs", "Tasks of an index, by name"),
        new(HelpAudience.UnitMember, "my tasks", "Your units' tasks with this period's status"),
        new(HelpAudience.Office, "who has not reported this quarter", "Units that have not reported this quarter"),
    ];
}
