using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Kit;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.People;
using PciBot.Registry;
using PciBot.Status;

namespace PciBot.Questions;

/// <summary>
/// Answers questions about the plan's calendar from the status model: what is due, overdue, mine, a unit's or an
/// index's tasks, who has not reported. Every answer is one card; a question the answer cannot serve gets a sentence.
/// </summary>
internal sealed class QuestionAnswers(StatusBoard board, PlanCatalog catalog, Askers askers, TimeProvider time)
{
    /// <summary>The answer as a card, or as a sentence (nothing to list, not allowed, not a question this answers).</summary>
    public async Task<(AdaptiveCard? Card, string? Text)> AnswerAsync(ChatCommand command, string question, string? aadObjectId, BotTexts texts, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(texts);
        var person = await askers.FindAsync(aadObjectId, ct);
        var today = VietnamTime.Today(time);
        var shared = await catalog.SharedAsync(ct);
        var units = shared.Units.ToDictionary(u => u.Id);
        switch (command)
        {
            case DueInPeriodCommand due:
                if (Filter(due.Scope, shared, person, texts) is not { Filter: { } dueFilter } dueScope)
                {
                    return (null, Refusal(due.Scope, shared, person, texts));
                }

                var period = due.Period.Resolve(today);
                var lines = await board.InPeriodAsync(period, dueFilter, ct);
                return Card(lines, texts.Questions.DueIn(texts.Calendar.PeriodLabel(period), dueScope.Label), StatusRows(lines, person, null, texts), question, page, texts);
            case OverdueCommand overdue:
                if (Filter(overdue.Scope, shared, person, texts) is not { Filter: { } overdueFilter } overdueScope)
                {
                    return (null, Refusal(overdue.Scope, shared, person, texts));
                }

                var late = overdue.Period is { } asked
                    ? OnlyOverdue(await board.InPeriodAsync(asked.Resolve(today), overdueFilter with { IncludeNotDue = false }, ct))
                    : await board.OverdueAsync(overdueFilter, ct);
                var overdueTitle = QuestionTexts.WithScope(QuestionTitles.Overdue(overdue.Period, today, texts), overdueScope.Label);
                return Card(late, overdueTitle, StatusRows(late, person, null, texts), question, page, texts);
            case MyTasksCommand:
                var mine = person?.Memberships.Select(m => m.UnitId).ToHashSet() ?? [];
                if (mine.Count == 0)
                {
                    return (null, texts.Questions.NotAssignedYet);
                }

                var names = string.Join(", ", mine.Select(id => units[id].Name));
                return await UnitsTasksAsync(shared, mine, null, texts.Questions.YourTasks(names), person, question, page, texts, ct);
            case ListTasksCommand { UnitCode: { } unitCode } ofUnit:
                var unit = units.Values.Single(u => u.Code == unitCode);
                var indexOfUnit = new StatusFilter { IndexCode = ofUnit.IndexCode, Family = ofUnit.Family };
                var unitTitle = texts.Questions.TasksOf(QuestionTitles.Scope(new QuestionScope(UnitCode: unitCode, IndexCode: ofUnit.IndexCode, Family: ofUnit.Family), shared, texts)!);
                return await UnitsTasksAsync(shared, [unit.Id], indexOfUnit, unitTitle, person, question, page, texts, ct);
            case ListTasksCommand { IndexCode: null, Family: null }:
                // The whole plan is a task list, not a status answer.
                return (null, texts.Messaging.Unknown(question));
            case ListTasksCommand list:
                var indexFilter = new StatusFilter { IndexCode = list.IndexCode, Family = list.Family, IncludeNotDue = true };
                var byIndex = await board.CurrentAsync(indexFilter, ct);
                var indexEarlier = await board.OverdueBeforeCurrentAsync(indexFilter, ct);
                var what = QuestionTitles.Scope(new QuestionScope(IndexCode: list.IndexCode, Family: list.Family), shared, texts)!;
                return Card(byIndex, texts.Questions.TasksOf(what), StatusRows(byIndex, person, null, texts), question, page, texts, CurrentScope(indexEarlier, null, texts));
            case NotReportedCommand notReported:
                if (!person.IsOfficeOrAdmin)
                {
                    return (null, texts.Questions.NotReportedOnlyOffice);
                }

                if (Filter(notReported.Scope, shared, person, texts) is not { Filter: { } owedFilter } owedScope)
                {
                    return (null, Refusal(notReported.Scope, shared, person, texts));
                }

                var owedPeriod = notReported.Period.Resolve(today);
                var owed = await board.InPeriodAsync(owedPeriod, owedFilter, ct);
                var owedTitle = QuestionTexts.WithScope(texts.Questions.NotReportedTitle(texts.Calendar.PeriodLabel(owedPeriod)), owedScope.Label);
                var rows = owed?.Lines
                    .Where(l => StatusRules.IsOpen(l.Status))
                    .OrderBy(l => l.Unit.Code, StringComparer.Ordinal)
                    .ThenBy(l => l.Task.Family).ThenBy(l => l.Task.Index!.Order).ThenBy(l => l.Task.Number).ThenBy(l => l.CutOff)
                    .Select(l => new AnswerRow(l.Unit.Name, l.Task, l.CutOff, l.Status, l.Unit.Name, [l], true))
                    .ToList() ?? [];
                return owed is null ? (null, texts.Registry.NoPlan)
                    : rows.Count == 0 ? (null, $"{owedTitle}: {texts.Questions.EveryoneReported}")
                    : (StatusListCard.Build(owedTitle, owed.Plan.Title, rows, page, question, texts), null);
            default:
                return (null, texts.Messaging.Unknown(question));
        }
    }

    /// <summary>The status lines of one task for the task card: those of its current period, and its earlier ones still overdue.</summary>
    public async Task<(IReadOnlyList<StatusLine> Current, IReadOnlyList<StatusLine> Overdue)> TaskLinesAsync(int taskId, CancellationToken ct)
    {
        var filter = new StatusFilter { TaskIds = new HashSet<int> { taskId }, IncludeNotDue = true };
        var current = await board.CurrentAsync(filter, ct);
        var overdue = await board.OverdueBeforeCurrentAsync(filter, ct);
        return (current?.Lines ?? [], overdue?.Lines ?? []);
    }

    private async Task<(AdaptiveCard?, string?)> UnitsTasksAsync(
        PlanSnapshot shared, HashSet<int> unitIds, StatusFilter? of, string title, Person? person, string question, int page, BotTexts texts, CancellationToken ct)
    {
        // A unit's tasks are those it leads or supports, itself or through a group it belongs to.
        var groups = shared.Units.Where(g => g.Kind == UnitKind.Group && g.Members.Any(m => unitIds.Contains(m.Id))).Select(g => g.Id);
        var scope = unitIds.Concat(groups).ToHashSet();
        var taskIds = shared.Plan?.Tasks.Where(t => t.Units.Any(u => scope.Contains(u.UnitId)) && (of is null || of.Admits(t))).Select(t => t.Id) ?? [];
        var ids = taskIds.ToHashSet();
        var report = await board.CurrentAsync(new StatusFilter { TaskIds = ids, IncludeNotDue = true }, ct);
        var earlier = await board.OverdueBeforeCurrentAsync(new StatusFilter { TaskIds = ids, UnitIds = unitIds }, ct);
        var only = unitIds.Count == 1 ? shared.Units.Single(u => u.Id == unitIds.Single()).Name : null;
        return Card(report, title, StatusRows(report, person, unitIds, texts), question, page, texts, CurrentScope(earlier, only, texts));
    }

    /// <summary>
    /// What a list of tasks with their current status covers, and how many lines of earlier periods are still overdue
    /// (those of <paramref name="unit"/> when there is one), which the overdue question lists.
    /// </summary>
    private static string CurrentScope(StatusReport? earlier, string? unit, BotTexts texts)
    {
        var lines = earlier?.Lines ?? [];
        return lines.Count == 0
            ? texts.Questions.CurrentScope
            : $"{texts.Questions.CurrentScope} {texts.Questions.EarlierOverdue(lines.Count, lines.Select(l => l.Task.Id).Distinct().Count(), texts.Questions.OverdueQuestion(unit))}";
    }

    private static (AdaptiveCard?, string?) Card(StatusReport? report, string title, List<AnswerRow> rows, string question, int page, BotTexts texts, string? scope = null) =>
        report is null ? (null, texts.Registry.NoPlan) : (StatusListCard.Build(title, report.Plan.Title, rows, page, question, texts, scope), null);

    /// <summary>
    /// One row per task and cut-off, its status across the lead units (only the reader's own units, when they lead
    /// it and <paramref name="own"/> names them), sectioned by status, then by index.
    /// </summary>
    private static List<AnswerRow> StatusRows(StatusReport? report, Person? person, HashSet<int>? own, BotTexts texts)
    {
        if (report is null)
        {
            return [];
        }

        var rows = new List<AnswerRow>();
        foreach (var group in report.Lines.GroupBy(l => (l.Task.Id, l.PeriodKey, l.CutOff)))
        {
            var all = group.ToList();
            var lines = own is not null && all.Any(l => own.Contains(l.Unit.Id)) ? all.Where(l => own.Contains(l.Unit.Id)).ToList() : all;
            var task = lines[0].Task;
            var status = StatusRules.Combine(lines.Select(l => l.Status));
            var mayUpdate = lines[0].CutOff is not null
                && person is not null
                && lines.Any(l => person.MayUpdate(l.Unit.Id));
            rows.Add(new AnswerRow(texts.Status.ReportStatusName(status), task, lines[0].CutOff, status, null, lines, mayUpdate));
        }

        return rows
            .OrderBy(r => StatusListCard.Order(r.Status))
            .ThenBy(r => r.Task.Family).ThenBy(r => r.Task.Index!.Order).ThenBy(r => r.Task.Number).ThenBy(r => r.CutOff)
            .ToList();
    }

    /// <summary>
    /// The lines a scope admits and its words for the title; no filter when the scope cannot be served: the asker has
    /// no units of their own, or the task is not in the plan.
    /// </summary>
    private static (StatusFilter? Filter, string? Label) Filter(QuestionScope scope, PlanSnapshot shared, Person? person, BotTexts texts)
    {
        HashSet<int>? unitIds = null;
        string? mine = null;
        if (scope.UnitCode is { } code)
        {
            unitIds = shared.Units.Where(u => u.Code == code).Select(u => u.Id).ToHashSet();
        }
        else if (scope.Mine)
        {
            if (person is not { HasUnits: true })
            {
                return (null, null);
            }

            unitIds = person.Memberships.Select(m => m.UnitId).ToHashSet();
            mine = string.Join(", ", shared.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Name));
        }

        HashSet<int>? taskIds = null;
        if (scope.Task is { } key)
        {
            if (shared.Plan?.Tasks.SingleOrDefault(t => t.Key == key) is not { } task)
            {
                return (null, null);
            }

            taskIds = new HashSet<int> { task.Id };
        }

        var filter = new StatusFilter { UnitIds = unitIds, TaskIds = taskIds, IndexCode = scope.IndexCode, Family = scope.Family };
        return (filter, QuestionTitles.Scope(scope, shared, texts, mine));
    }

    /// <summary>Why a scope cannot be served: the task it names is not in the plan, or the asker has no units yet.</summary>
    private static string Refusal(QuestionScope scope, PlanSnapshot shared, Person? person, BotTexts texts) =>
        shared.Plan is null ? texts.Registry.NoPlan
        : scope.Task is { } key && shared.Plan.Tasks.All(t => t.Key != key) ? texts.Registry.TaskNotFound(key)
        : texts.Questions.NotAssignedYet;

    private static StatusReport? OnlyOverdue(StatusReport? report) =>
        report is null ? null : report with { Lines = report.Lines.Where(l => l.Status == ReportStatus.Overdue).ToList() };
}
