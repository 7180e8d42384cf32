using PciBot.Localization;
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

    public override string Yours => "yours";

    public override string NotAssignedYet => "You are not assigned to any unit yet, so you have no tasks of your own. An admin can type \"assign @Name as head of <unit>\"; meanwhile type \"tasks\" for the whole plan.";

    public override string DueIn(string period) => $"due for reporting in {period}";

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

    public override string UpdateCommand(TaskKey key) => $"update task {key}";

    public override string IndexCommand(string code) => $"tasks {code}";

    protected override string DidYouMean(string quoted) => $"Did you mean: {quoted}?";

    protected override string SeveralIndices(string quoted) => $"That matches several indices. Pick one: {quoted}.";

    public override string ReportedCount(int reported, int total) => $"{reported}/{EnglishTexts.Count(total, "unit")} reported";

    public override string NothingToReport => "nothing to report";

    public override string ThisPeriod => "This period";
}
