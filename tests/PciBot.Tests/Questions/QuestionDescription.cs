using PciBot.Kit;
using PciBot.Messaging;
using PciBot.Questions;
using PciBot.Registry;

namespace PciBot.Tests.Questions;

/// <summary>
/// A parsed question as the corpus writes it: an intent ("due", "overdue", "not-reported", "mine", "tasks", "task",
/// "choose-…", "unread", "help", "unknown") and its slots ("period=2023-Q4; unit=CNTTBCVT"), periods resolved on a
/// given day, slots sorted by name.
/// </summary>
internal static class QuestionDescription
{
    public static (string Intent, string Slots) Of(ChatCommand command, DateOnly today)
    {
        var (intent, slots) = Parts(command, today);
        return (intent, Format(slots));
    }

    /// <summary>Slots as the corpus writes them, in any order and spacing, in the one form <see cref="Of"/> gives.</summary>
    public static string Canonical(string slots) =>
        Format(slots.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : ""));

    private static string Format(Dictionary<string, string> slots) =>
        string.Join("; ", slots.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));

    private static (string Intent, Dictionary<string, string> Slots) Parts(ChatCommand command, DateOnly today)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (command)
        {
            case DueInPeriodCommand due:
                slots["period"] = due.Period.Resolve(today).Key;
                Scope(due.Scope, slots);
                return ("due", slots);
            case OverdueCommand overdue:
                if (overdue.Period is { } period)
                {
                    slots["period"] = period.Resolve(today).Key;
                }

                Scope(overdue.Scope, slots);
                return ("overdue", slots);
            case NotReportedCommand notReported:
                slots["period"] = notReported.Period.Resolve(today).Key;
                Scope(notReported.Scope, slots);
                return ("not-reported", slots);
            case MyTasksCommand:
                return ("mine", slots);
            case ListTasksCommand list:
                Scope(new QuestionScope(UnitCode: list.UnitCode, IndexCode: list.IndexCode, Family: list.Family), slots);
                return ("tasks", slots);
            case ShowTaskCommand show:
                slots["task"] = show.Task.ToString();
                return ("task", slots);
            case ChoiceCommand choice:
                var readings = choice.Readings.Select(r => Parts(r, today)).ToList();
                foreach (var key in readings.SelectMany(r => r.Slots.Keys).Distinct())
                {
                    slots[key] = string.Join(",", readings.Select(r => r.Slots.GetValueOrDefault(key, "-")).Distinct());
                }

                return ($"choose-{string.Join(",", readings.Select(r => r.Intent).Distinct())}", slots);
            case UnreadCommand unread:
                var (intent, read) = Parts(unread.Reading, today);
                foreach (var (key, value) in read)
                {
                    slots[key] = value;
                }

                if (unread.Slot == QuestionSlot.Period)
                {
                    slots.Remove("period");
                }

                slots["unread"] = $"{unread.Slot.ToString().ToLowerInvariant()}:{unread.Words}";
                return ($"unread-{intent}", slots);
            case HelpCommand:
                return ("help", slots);
            case UnknownCommand:
                return ("unknown", slots);
            default:
                return (command.GetType().Name, slots);
        }
    }

    private static void Scope(QuestionScope scope, Dictionary<string, string> slots)
    {
        if (scope.Task is { } task)
        {
            slots["task"] = task.ToString();
        }

        if (scope.UnitCode is { } unit)
        {
            slots["unit"] = unit;
        }

        if (scope.IndexCode is { } index)
        {
            slots["index"] = index;
        }

        if (scope.Family is { } family)
        {
            slots["family"] = family == IndexFamily.Pgi ? "PGI" : "PCI";
        }

        if (scope.Mine)
        {
            slots["mine"] = "yes";
        }
    }
}
