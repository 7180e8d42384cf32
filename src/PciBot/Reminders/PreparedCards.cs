using System.Collections.Concurrent;
using PciBot.BotFramework.Schema;
using PciBot.Localization;
using PciBot.Registry;

namespace PciBot.Reminders;

/// <summary>The task reminder cards of one dispatch batch, built once per task, unit, stage, period and language.</summary>
internal sealed class PreparedCards(IReadOnlyDictionary<int, PlanTask> tasks, IReadOnlyDictionary<int, Unit> units)
{
    private readonly ConcurrentDictionary<(int Task, int Unit, ReminderStage Stage, string? Period, DateOnly? CutOff, string Language), Activity> built = new();

    /// <summary>The card for <paramref name="message"/>, or null when it is not a task reminder of this batch.</summary>
    public Activity? For(OutboxMessage message, string? locale)
    {
        if (message.TaskId is not { } taskId || message.UnitId is not { } unitId
            || !tasks.TryGetValue(taskId, out var task) || !units.TryGetValue(unitId, out var unit))
        {
            return null;
        }

        var texts = BotTexts.For(locale);
        return built.GetOrAdd(
            (taskId, unitId, message.Stage, message.ReportPeriodKey, message.CutOff, texts.Language),
            _ => ReminderMessages.TaskReminder(message, task, unit, texts));
    }
}
