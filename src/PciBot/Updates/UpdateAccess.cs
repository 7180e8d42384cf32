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
    public async Task<Person?> PersonAsync(string? aadObjectId, CancellationToken ct) =>
        aadObjectId is { Length: > 0 }
            ? await db.People.AsNoTracking().Include(p => p.Memberships).SingleOrDefaultAsync(p => p.AadObjectId == aadObjectId, ct)
            : null;

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
        var unitId = line.Unit.Id;
        var people = await db.People.AsNoTracking()
            .Where(p => p.TeamsUserId != null && (p.IsAdmin || p.IsOfficeStaff || p.Memberships.Any(m => m.UnitId == unitId)))
            .Select(p => new { p.Id, p.TeamsUserId, Own = p.Memberships.Any(m => m.UnitId == unitId), p.IsOfficeStaff })
            .ToListAsync(ct);
        return people
            .Where(p => p.TeamsUserId!.StartsWith("29:", StringComparison.Ordinal))
            .OrderByDescending(p => p.Own)
            .ThenByDescending(p => p.IsOfficeStaff)
            .ThenBy(p => p.Id)
            .Select(p => p.TeamsUserId!)
            .Distinct(StringComparer.Ordinal)
            .Take(CardRefresh.MaxUserIds)
            .ToList();
    }
}
