using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Registry;

/// <summary>Read side of the registry: the current plan with its indices, tasks and units, in a fixed number of queries.</summary>
internal sealed class PlanCatalog(PciBotDbContext db)
{
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

    /// <summary>The current plan's indices, to recognise them by name.</summary>
    public async Task<List<PlanIndex>> IndicesAsync(CancellationToken ct)
    {
        var planId = await db.Plans.OrderByDescending(p => p.Year).ThenByDescending(p => p.IssuedOn).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        return await db.Indices.AsNoTracking().Where(i => i.PlanId == planId).ToListAsync(ct);
    }
}
