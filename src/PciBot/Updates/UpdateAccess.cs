using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Cards;
using PciBot.Data;
using PciBot.Kit.Roles;
using PciBot.People;

namespace PciBot.Updates;

/// <summary>
/// Who may update a line, for the card's refresh. The rule itself is <see cref="RoleRules"/>; who is asking is
/// <see cref="Askers"/>.
/// </summary>
internal sealed class UpdateAccess(PciBotDbContext db)
{
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
        // RoleRules.IsOfficeOrAdmin, spelled out because the database filters here and cannot call an extension property.
        var others = own.Count >= limit ? [] : await db.People.AsNoTracking()
            .Where(p => (p.IsOfficeStaff || p.IsAdmin) && p.TeamsUserId != null && p.TeamsUserId.StartsWith("29:"))
            .OrderByDescending(p => p.IsOfficeStaff).ThenBy(p => p.Id)
            .Select(p => p.TeamsUserId!)
            .Take(limit)
            .ToListAsync(ct);
        return own.Concat(others).Distinct(StringComparer.Ordinal).Take(limit).ToList();
    }
}
