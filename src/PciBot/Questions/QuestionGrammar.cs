using PciBot.Calendar;
using PciBot.Kit;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>
/// Questions about the plan: my tasks, what is due in a period, what is overdue, who has not reported, one task, the
/// tasks of an index, a family or a unit. <see cref="QuestionReader"/> finds the parts of the question; this turns
/// them into the one question they ask, or into a choice between readings, or into "read, but not …" when a part
/// named could not be read. Registered last: it takes what no other grammar claimed, and what nobody understood is
/// an <see cref="UnknownCommand"/>.
/// </summary>
internal sealed class QuestionGrammar(PlanMatchers matchers) : IChatGrammar
{
    public async ValueTask<ChatCommand?> TryParseAsync(ChatInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (units, indices, tasks) = await matchers.CurrentAsync(ct);
        return Parse(input.Text, units, indices, input.Said, tasks);
    }

    /// <summary>The question in normalized text (<paramref name="typed"/>: as typed, when known); never null.</summary>
    public static ChatCommand Parse(string normalized, UnitMatcher units, IndexMatcher indices, string? typed = null, TaskMatcher? tasks = null)
    {
        var reading = QuestionReader.Read(normalized, units, indices, typed, tasks);

        // "tasks" and words that name nothing the plan knows is not a question about the whole plan.
        if (!reading.Understood || (reading.Unexplained && reading.Intent == QuestionIntent.List && reading with { Intent = QuestionIntent.None } is { Understood: false }))
        {
            return reading.UnreadPeriod is { } period ? new UnreadCommand(DueInPeriodCommand.ThisQuarter, QuestionSlot.Period, period)
                : reading.UnreadUnit is { } unit ? new UnreadCommand(new ListTasksCommand(), QuestionSlot.Unit, unit)
                : new UnknownCommand(normalized);
        }

        if (reading.Tasks.Count > 1)
        {
            return new ChoiceCommand(reading.Tasks.Select(task => Command(reading with { Tasks = [], Task = task })).ToList());
        }

        if (reading.Units.Count > 1)
        {
            return new ChoiceCommand(reading.Units.Select(code => Command(reading with { Units = [], UnitCode = code })).ToList());
        }

        if (reading.Indices.Count > 1)
        {
            return new ChoiceCommand(reading.Indices.Select(code => Command(reading with { Indices = [code] })).ToList());
        }

        if (reading.Periods.Count > 1)
        {
            return new ChoiceCommand(reading.Periods.Select(period => Command(reading with { Periods = [period] })).ToList());
        }

        if (reading.UnreadPeriod is { } words)
        {
            // A question about a period is about what falls due in it, unless it asks what is overdue or unreported.
            var intent = reading.Intent is QuestionIntent.None or QuestionIntent.List ? QuestionIntent.Due : reading.Intent;
            return new UnreadCommand(Command(reading with { Intent = intent }), QuestionSlot.Period, words);
        }

        return reading.UnreadUnit is { } name ? new UnreadCommand(Command(reading), QuestionSlot.Unit, name) : Command(reading);
    }

    /// <summary>The one question a reading asks, every slot it names used.</summary>
    private static ChatCommand Command(QuestionReading reading)
    {
        var index = reading.Indices.Count == 1 ? reading.Indices[0] : null;
        var scope = new QuestionScope(reading.Task, reading.UnitCode ?? reading.Units.SingleOrDefault(), index, reading.Family, reading.Mine && reading.UnitCode is null);
        var period = reading.Periods.Count == 1 ? reading.Periods[0] : null;
        switch (reading.Intent)
        {
            case QuestionIntent.NotReported:
                return new NotReportedCommand(period ?? PeriodRef.ThisQuarter, scope);
            case QuestionIntent.Overdue:
                return new OverdueCommand(scope, period);
            case QuestionIntent.Due when period is not null || reading.Task is null:
                return new DueInPeriodCommand(period ?? PeriodRef.ThisQuarter, scope);
        }

        if (period is not null)
        {
            return new DueInPeriodCommand(period, scope);
        }

        if (reading.Task is { } task)
        {
            return new ShowTaskCommand(task);
        }

        if (scope.Mine)
        {
            return new MyTasksCommand();
        }

        return scope.UnitCode is not null || index is not null || reading.Family is not null
            ? new ListTasksCommand(index, index is null ? reading.Family : null, scope.UnitCode)
            : reading.Intent == QuestionIntent.List ? new ListTasksCommand() : new UnknownCommand("");
    }
}
