using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Data;

namespace PciBot.Registry.Seeding;

/// <summary>
/// Brings units and plans in the database in line with seeds/. Rows are matched by their natural keys,
/// so running it twice changes nothing, and what users entered (conditions met, updates, people) is never touched.
/// </summary>
internal sealed class PlanSeeder(PciBotDbContext db, IOptions<SeedOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<PlanSeeder> logger) : IDatabaseSeeder
{
    /// <summary>
    /// Seeds unless the files are byte for byte those of the last seeding: what they hold is then in the database
    /// already, and reading and matching the whole plan again is most of a start's time.
    /// </summary>
    public async Task SeedAsync(CancellationToken ct)
    {
        var directory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Directory));
        var hash = await SeedFiles.FingerprintAsync(directory, ct);
        var fingerprint = await db.SeedFingerprints.SingleOrDefaultAsync(f => f.Id == SeedFingerprint.SingleId, ct);
        if (fingerprint?.Hash == hash)
        {
            SeedLog.Unchanged(logger, hash);
            return;
        }

        var units = await SeedFiles.ReadUnitsAsync(directory, ct);
        var plans = await SeedFiles.ReadPlansAsync(directory, units.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal), ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unitsByCode = await UpsertUnitsAsync(units, ct);
        var imported = await db.PlanImports.Where(i => i.AppliedAt != null && i.PlanNumber != null).Select(i => i.PlanNumber).ToListAsync(ct);
        foreach (var plan in plans.Where(p => !imported.Contains(p.Plan.Number)))
        {
            await UpsertPlanAsync(plan, unitsByCode, ct);
        }

        var changes = db.ChangeTracker.Entries().Count(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        if (fingerprint is null)
        {
            fingerprint = new SeedFingerprint { Hash = hash };
            db.SeedFingerprints.Add(fingerprint);
        }

        fingerprint.Hash = hash;
        fingerprint.SeededAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        SeedLog.Seeded(logger, units.Units.Count, plans.Count, changes);
    }

    /// <summary>
    /// Brings one plan in line with an admin's import, in the caller's unit of work: tasks matched by family and number,
    /// tasks no longer listed archived, so every update stays attached to its task.
    /// </summary>
    public async Task ApplyAsync(PlanSeed plan, CancellationToken ct)
    {
        var units = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        await UpsertPlanAsync(plan, units, ct);
    }

    private async Task<Dictionary<string, Unit>> UpsertUnitsAsync(UnitsSeed seed, CancellationToken ct)
    {
        var existing = await db.Units.Include(u => u.Members).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        foreach (var item in seed.Units)
        {
            if (!existing.TryGetValue(item.Code, out var unit))
            {
                unit = new Unit { Code = item.Code, Name = item.Name, FullName = item.FullName };
                db.Units.Add(unit);
                existing.Add(item.Code, unit);
            }

            unit.Name = item.Name;
            unit.FullName = item.FullName;
            unit.Aliases = string.Join(Unit.AliasSeparator, item.Aliases ?? []);
            unit.Internal = item.Internal;
            unit.Kind = item.Kind;
        }

        foreach (var item in seed.Units)
        {
            var unit = existing[item.Code];
            var wanted = (item.Members ?? []).Select(code => existing[code]).ToList();
            unit.Members.RemoveAll(m => !wanted.Contains(m));
            unit.Members.AddRange(wanted.Where(m => !unit.Members.Contains(m)));
        }

        return existing;
    }

    private async Task UpsertPlanAsync(PlanSeed seed, Dictionary<string, Unit> units, CancellationToken ct)
    {
        var header = seed.Plan;
        var plan = await db.Plans
            .Include(p => p.GeneralTasks)
            .Include(p => p.Indices)
            .Include(p => p.Tasks).ThenInclude(t => t.Units)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Number == header.Number, ct);
        if (plan is null)
        {
            plan = new Plan { Number = header.Number, Issuer = header.Issuer, Title = header.Title, CoordinatingUnitCode = header.CoordinatingUnit, ReportToUnitCode = header.ReportTo };
            db.Plans.Add(plan);
        }

        plan.IssuedOn = header.IssuedOn;
        plan.Issuer = header.Issuer;
        plan.Title = header.Title;
        plan.Year = header.Year;
        plan.Basis = header.Basis ?? "";
        plan.Signer = header.Signer ?? "";
        plan.SignerTitle = header.SignerTitle ?? "";
        plan.CoordinatingUnitCode = header.CoordinatingUnit;
        plan.ReportToUnitCode = header.ReportTo;
        plan.ReportDeadline = header.ReportDeadline;

        UpsertGeneralTasks(plan, seed.GeneralTasks);
        UpsertIndices(plan, seed.Indices);
        UpsertTasks(plan, seed.Tasks, units);
    }

    private void UpsertGeneralTasks(Plan plan, IReadOnlyList<GeneralTaskSeed> seeds)
    {
        foreach (var item in seeds)
        {
            var task = plan.GeneralTasks.SingleOrDefault(g => g.Letter == item.Letter);
            if (task is null)
            {
                plan.GeneralTasks.Add(new GeneralTask { Letter = item.Letter, Text = item.Text });
            }
            else
            {
                task.Text = item.Text;
            }
        }

        foreach (var stale in plan.GeneralTasks.Where(g => seeds.All(s => s.Letter != g.Letter)).ToList())
        {
            db.GeneralTasks.Remove(stale);
        }
    }

    private static void UpsertIndices(Plan plan, IReadOnlyList<IndexSeed> seeds)
    {
        foreach (var item in seeds)
        {
            var index = plan.Indices.SingleOrDefault(i => i.Code == item.Code);
            if (index is null)
            {
                index = new PlanIndex { Code = item.Code, Name = item.Name };
                plan.Indices.Add(index);
            }

            index.Family = item.Family;
            index.Order = item.Order;
            index.Name = item.Name;
            index.WeightPercent = item.WeightPercent;
            index.TargetScore = item.TargetScore;
            index.TargetText = item.TargetText;
        }
    }

    private static void UpsertTasks(Plan plan, IReadOnlyList<TaskSeed> seeds, Dictionary<string, Unit> units)
    {
        foreach (var item in seeds)
        {
            var index = plan.Indices.Single(i => i.Code == item.Index);
            var task = plan.Tasks.SingleOrDefault(t => t.Family == item.Family && t.Number == item.Number);
            if (task is null)
            {
                task = new PlanTask { Family = item.Family, Number = item.Number, Text = item.Text, Timeline = item.Timeline };
                plan.Tasks.Add(task);
            }

            task.Index = index;
            task.Text = item.Text;
            task.Timeline = item.Timeline;
            task.Cadence = item.Cadence;
            task.Deadline = item.Deadline;
            task.PeriodFrom = item.PeriodFrom;
            task.PeriodTo = item.PeriodTo;
            task.Condition = item.Condition;
            task.IsArchived = false;
            SetUnits(task, item, units);
        }

        foreach (var stale in plan.Tasks.Where(t => seeds.All(s => s.Family != t.Family || s.Number != t.Number)))
        {
            stale.IsArchived = true;
        }
    }

    private static void SetUnits(PlanTask task, TaskSeed item, Dictionary<string, Unit> units)
    {
        var wanted = item.Lead.Select((code, order) => (Unit: units[code], Role: TaskUnitRole.Lead, Order: order))
            .Concat(item.Coordinating.Select((code, order) => (Unit: units[code], Role: TaskUnitRole.Coordinating, Order: order)))
            .ToList();

        task.Units.RemoveAll(existing => !wanted.Any(w => w.Unit == existing.Unit && w.Role == existing.Role));
        foreach (var (unit, role, order) in wanted)
        {
            var link = task.Units.SingleOrDefault(u => u.Unit == unit && u.Role == role);
            if (link is null)
            {
                task.Units.Add(new TaskUnit { Unit = unit, Role = role, Order = order });
            }
            else if (link.Order != order)
            {
                link.Order = order;
            }
        }
    }
}
