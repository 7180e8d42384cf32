using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Updates;

/// <summary>
/// The cut-offs the Office has moved by granting more time. A granted date replaces the cut-off of the line's period
/// wherever the line's cut-off is used: the update card, the statuses behind questions, digests and rollups, and the
/// reminders, which follow it instead of the period's. A line given more time twice has the later date.
/// </summary>
internal sealed class GrantedCutOffs(PciBotDbContext db)
{
    /// <summary>Every moved line, by (task, unit, period key): few, and read whole.</summary>
    public async Task<IReadOnlyDictionary<(int TaskId, int UnitId, string PeriodKey), GrantedCutOff>> AllAsync(CancellationToken ct)
    {
        var lines = new Dictionary<(int, int, string), GrantedCutOff>();
        await foreach (var row in Approved.For(db)(db).WithCancellation(ct))
        {
            var key = (row.TaskId, row.UnitId, row.PeriodKey);
            if (!lines.TryGetValue(key, out var held) || held.CutOff < row.CutOff)
            {
                lines[key] = new GrantedCutOff(row.CutOff, row.GrantedAt);
            }
        }

        return lines;
    }

    /// <summary>The line's granted cut-off, or null when it has none.</summary>
    public async Task<DateOnly?> ForAsync(int taskId, int unitId, string periodKey, CancellationToken ct) =>
        await db.ExtensionRequests.AsNoTracking()
            .Where(r => r.TaskId == taskId && r.UnitId == unitId && r.PeriodKey == periodKey && r.Status == ExtensionStatus.Approved)
            .MaxAsync(r => r.GrantedUntil, ct);

    // Compiled once: the statuses behind every question read it. An expression tree cannot read a table through an
    // extension property, hence Set<>.
    private static readonly PerModel<Func<PciBotDbContext, IAsyncEnumerable<GrantedRow>>> Approved = new(() =>
        EF.CompileAsyncQuery((PciBotDbContext db) => db.Set<ExtensionRequest>().AsNoTracking()
            .Where(r => r.Status == ExtensionStatus.Approved && r.GrantedUntil != null && r.DecidedAt != null)
            .Select(r => new GrantedRow(r.TaskId, r.UnitId, r.PeriodKey, r.GrantedUntil!.Value, r.DecidedAt!.Value))));

    private sealed record GrantedRow(int TaskId, int UnitId, string PeriodKey, DateOnly CutOff, DateTimeOffset GrantedAt);
}
