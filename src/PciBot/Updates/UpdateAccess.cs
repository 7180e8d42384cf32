using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Cards;
using PciBot.Data;
using PciBot.People;

namespace PciBot.Updates;

/// <summary>
/// Who may update a line, decided from the Entra object id Teams vouches for and the roles in the database: the
/// unit's heads and delegates, Office staff and admins. Names and card contents play no part.
/// </summary>
internal sealed class UpdateAccess(PciBotDbContext db)
{
    // Compiled once: it runs for every question and every card action, and the query itself is cheap. An expression
    // tree cannot read a table through an extension property, hence Set<>.
    private static readonly PerModel<Func<PciBotDbContext, string, CancellationToken, Task<Person?>>> PersonByObjectId = new(() =>
        EF.CompileAsyncQuery((PciBotDbContext db, string aadObjectId, CancellationToken ct) =>
            db.Set<Person>().AsNoTracking().Include(p => p.Memberships).SingleOrDefault(p => p.AadObjectId == aadObjectId)));

    public async Task<Person?> PersonAsync(string? aadObjectId, CancellationToken ct) =>
        aadObjectId is { Length: > 0 } ? await PersonByObjectId.For(db)(db, aadObjectId, ct) : null;

    public static bool MayUpdate(Person? person, ReportLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return person is not null && (person.IsAdmin || person.IsOfficeStaff || person.Memberships.Any(m => m.UnitId == line.Unit.Id));
    }

    /// <summary>
    /// The Teams ids ("29:…") of the people who may update the line, for the card's refresh: the unit's own people
    /// first, then Office staff, then admins, at most <see cref="CardRefresh.MaxUserIds"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> EditorsAsync(ReportLine line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        var (unitId, limit) = (line.Unit.Id, CardRefresh.MaxUserIds);

        // Two small indexed reads rather than one pass over everyone: a unit can have many people, the card only 60.
        var own = await db.UnitMemberships.AsNoTracking()
            .Where(m => m.UnitId == unitId && m.Person!.TeamsUserId != null && m.Person.TeamsUserId.StartsWith("29:"))
            .OrderByDescending(m => m.Person!.IsOfficeStaff).ThenBy(m => m.PersonId)
            .Select(m => m.Person!.TeamsUserId!)
            .Take(limit)
            .ToListAsync(ct);
        var others = own.Count >= limit ? [] : await db.People.AsNoTracking()
            .Where(p => (p.IsOfficeStaff || p.IsAdmin) && p.TeamsUserId != null && p.TeamsUserId.StartsWith("29:"))
            .OrderByDescending(p => p.IsOfficeStaff).ThenBy(p => p.Id)
            .Select(p => p.TeamsUserId!)
            .Take(limit)
            .ToListAsync(ct);
        return own.Concat(others).Distinct(StringComparer.Ordinal).Take(limit).ToList();
    }
}
