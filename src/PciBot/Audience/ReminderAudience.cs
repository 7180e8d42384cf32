using Microsoft.EntityFrameworkCore;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Audience;

/// <summary>
/// Who receives what: the internal units behind each task's lead (groups expanded, external units never
/// messaged), the people who answer for each unit, and where the Office is reached. Loaded in a fixed
/// number of queries.
/// </summary>
internal sealed class ReminderAudience
{
    private readonly Dictionary<int, Unit> units;
    private readonly ILookup<int, Person> peopleByUnit;

    private ReminderAudience(Plan? plan, List<Unit> units, List<Person> people, IReadOnlyList<OutboxRecipient> office)
    {
        Plan = plan;
        this.units = units.ToDictionary(u => u.Id);
        peopleByUnit = people.SelectMany(p => p.Memberships.Select(m => (m.UnitId, Person: p))).ToLookup(x => x.UnitId, x => x.Person);
        Office = office;
    }

    public Plan? Plan { get; }

    /// <summary>The Office channel if one is set; otherwise each Office staff member; otherwise the coordinating unit's people.</summary>
    public IReadOnlyList<OutboxRecipient> Office { get; }

    public static async Task<ReminderAudience> LoadAsync(PciBotDbContext db, CancellationToken ct)
    {
        var plan = await new PlanCatalog(db).CurrentPlanAsync(ct);
        var units = await db.Units.AsNoTracking().Include(u => u.Members).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Include(p => p.Memberships).ToListAsync(ct);
        var officeChannel = await db.Conversations.AsNoTracking()
            .Where(c => c.IsOfficeChannel && c.IsReachable)
            .Select(c => c.Id)
            .FirstOrDefaultAsync(ct);

        List<OutboxRecipient> office;
        if (officeChannel != 0)
        {
            office = [OutboxRecipient.Conversation(officeChannel)];
        }
        else
        {
            var staff = people.Where(p => p.IsOfficeStaff).ToList();
            if (staff.Count == 0 && plan is not null && units.SingleOrDefault(u => u.Code == plan.CoordinatingUnitCode) is { } coordinating)
            {
                staff = people.Where(p => p.Memberships.Any(m => m.UnitId == coordinating.Id)).ToList();
            }

            office = staff.OrderBy(p => p.Id).Select(p => OutboxRecipient.Person(p.Id)).ToList();
        }

        return new ReminderAudience(plan, units, people, office);
    }

    /// <summary>The internal units that lead <paramref name="task"/>, with groups replaced by their members.</summary>
    public IReadOnlyList<Unit> LeadUnits(PlanTask task) =>
        task.Units.Where(l => l.Role == TaskUnitRole.Lead)
            .OrderBy(l => l.Order)
            .SelectMany(l => Expand(units[l.UnitId], units))
            .DistinctBy(u => u.Id)
            .ToList();

    /// <summary>The internal units with these codes, groups replaced by their members.</summary>
    public IReadOnlyList<Unit> UnitsByCode(IReadOnlySet<string> codes) =>
        units.Values.Where(u => codes.Contains(u.Code)).OrderBy(u => u.Code, StringComparer.Ordinal).SelectMany(u => Expand(u, units)).DistinctBy(u => u.Id).ToList();

    public IReadOnlyList<Person> PeopleOf(Unit unit) => peopleByUnit[unit.Id].OrderBy(p => p.Id).ToList();

    /// <summary>The internal units among <paramref name="some"/>, groups replaced by their members, each once.</summary>
    public static IReadOnlyList<Unit> Internal(IEnumerable<Unit> some, IReadOnlyDictionary<int, Unit> units) =>
        some.SelectMany(u => Expand(u, units)).DistinctBy(u => u.Id).ToList();

    private static IEnumerable<Unit> Expand(Unit unit, IReadOnlyDictionary<int, Unit> units) => unit.Kind == UnitKind.Group
        ? unit.Members.Select(m => units[m.Id]).Where(m => m.Internal && m.Kind == UnitKind.Unit)
        : unit.Internal ? [unit] : [];
}
