using PciBot.Calendar;
using PciBot.Kit;
using PciBot.Localization;
using PciBot.Registry;
using PciBot.Status;

namespace PciBot.Questions;

/// <summary>
/// What a question asks, in the asker's language: the title of its answer card, the label of the button that
/// picks it among several readings, and what was read of a question with a part that could not be.
/// </summary>
internal static class QuestionTitles
{
    /// <summary>The question in words; <paramref name="withPeriod"/> false leaves out a period that could not be read.</summary>
    public static string Of(ChatCommand command, PlanSnapshot shared, DateOnly today, BotTexts texts, bool withPeriod = true)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(texts);
        var questions = texts.Questions;
        return command switch
        {
            DueInPeriodCommand due => questions.DueIn(withPeriod ? texts.Calendar.PeriodLabel(due.Period.Resolve(today)) : null, Scope(due.Scope, shared, texts)),
            OverdueCommand overdue => QuestionTexts.WithScope(Overdue(overdue.Period, today, texts), Scope(overdue.Scope, shared, texts)),
            NotReportedCommand notReported => QuestionTexts.WithScope(
                questions.NotReportedTitle(texts.Calendar.PeriodLabel(notReported.Period.Resolve(today))), Scope(notReported.Scope, shared, texts)),
            ShowTaskCommand show => texts.Registry.TaskLabel(show.Task),
            MyTasksCommand => questions.YourTasks(questions.YourUnits),
            ListTasksCommand { IndexCode: null, Family: null, UnitCode: null } => questions.TaskListTitle(shared.Plan?.Tasks.Count ?? 0, null),
            ListTasksCommand list => questions.TasksOf(Scope(new QuestionScope(UnitCode: list.UnitCode, IndexCode: list.IndexCode, Family: list.Family), shared, texts)!),
            _ => "",
        };
    }

    /// <summary>The title of the overdue answer: the period asked for, or the two quarters of the overdue window.</summary>
    public static string Overdue(PeriodRef? period, DateOnly today, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (period is not null)
        {
            return texts.Questions.OverdueIn(texts.Calendar.PeriodLabel(period.Resolve(today)));
        }

        var window = StatusBoard.OverdueWindow(today);
        return texts.Questions.OverdueTitle(texts.Calendar.PeriodLabel(window[0]), texts.Calendar.PeriodLabel(window[1]));
    }

    /// <summary>
    /// What a scope narrows an answer to, in words: "PCI 19", "Phòng CNTTBCVT", "A.II Chỉ số tính minh bạch", "PGI",
    /// the asker's units (<paramref name="mine"/>, or "your units" when they are not known here); null for all.
    /// </summary>
    public static string? Scope(QuestionScope scope, PlanSnapshot shared, BotTexts texts, string? mine = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(texts);
        var parts = new List<string>(2);
        if (scope.Task is { } task)
        {
            parts.Add(task.ToString());
        }

        if (scope.UnitCode is { } code)
        {
            parts.Add(shared.Units.FirstOrDefault(u => u.Code == code)?.Name ?? code);
        }

        if (scope.Mine)
        {
            parts.Add(mine ?? texts.Questions.YourUnits);
        }

        if (scope.IndexCode is { } index)
        {
            parts.Add(shared.Plan?.Indices.FirstOrDefault(i => i.Code == index) is { } found ? $"{found.Code} {found.Name}" : index);
        }

        if (scope.Family is { } family)
        {
            parts.Add(QuestionTexts.FamilyName(family));
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
