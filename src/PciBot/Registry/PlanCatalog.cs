using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Registry;

/// <summary>Read side of the registry: the current plan with its indices, tasks and units, in a fixed number of queries.</summary>
internal sealed class PlanCatalog(PciBotDbContext db, PlanSnapshots? snapshots = null)
{
    /// <summary>
    /// The current plan and the units from the copy shared by every reader (see <see cref="PlanSnapshots"/>): for
    /// answering, never for changing them.
    /// </summary>
    public Task<PlanSnapshot> SharedAsync(CancellationToken ct) =>
        snapshots is null ? ReadAsync(ct) : snapshots.GetAsync(ReadAsync, ct);

    /// <summary>The newest plan (by year, then issue date), or null before any plan is seeded.</summary>
    public Task<Plan?> CurrentPlanAsync(CancellationToken ct) =>
        db.Plans
            .AsNoTrackingWithIdentityResolution()
            .Include(p => p.Indices)
            .Include(p => p.Tasks.Where(t => !t.IsArchived)).ThenInclude(t => t.Index)
            .Include(p => p.Tasks.Where(t => !t.IsArchived)).ThenInclude(t => t.Units).ThenInclude(u => u.Unit)
            .AsSplitQuery()
            .OrderByDescending(p => p.Year)
            .ThenByDescending(p => p.IssuedOn)
            .FirstOrDefaultAsync(ct);

    public Task<List<Unit>> UnitsAsync(CancellationToken ct) =>
        db.Units.AsNoTracking().Include(u => u.Members).OrderBy(u => u.Code).ToListAsync(ct);

    /// <summary>The current plan and the units, read now, for this reader alone.</summary>
    public async Task<PlanSnapshot> ReadAsync(CancellationToken ct) =>
        new(await CurrentPlanAsync(ct), await UnitsAsync(ct));
}
