using System.Collections.Concurrent;
using PciBot.Updates;

namespace PciBot.Reminders;

/// <summary>
/// What the task reminders of one dispatch round share, kept in its <see cref="PciBot.Outbox.OutboxRound"/>: the same
/// task, unit and period show the same line, latest update and editors on every recipient's card, so they are read
/// once per round. Only the card id differs per row.
/// </summary>
internal sealed class ReminderCardCache
{
    private readonly ConcurrentDictionary<(int TaskId, int UnitId, string PeriodKey, DateOnly CutOff), ProgressCardModel> models = new();

    /// <summary>
    /// The model for the line, read by <paramref name="read"/> when this round has not read it yet. Two senders may
    /// read the same line at once; the first answer is kept.
    /// </summary>
    public async Task<ProgressCardModel> GetAsync(int taskId, int unitId, string periodKey, DateOnly cutOff, Func<Task<ProgressCardModel>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var key = (taskId, unitId, periodKey, cutOff);
        if (models.TryGetValue(key, out var known))
        {
            return known;
        }

        var model = await read();
        return models.GetOrAdd(key, model);
    }
}
