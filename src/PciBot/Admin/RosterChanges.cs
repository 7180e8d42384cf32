using PciBot.People;
using PciBot.Registry;

namespace PciBot.Admin;

/// <summary>
/// What applying a roster would do to the roles in the database. The roster is the whole list of heads, delegates and
/// Office staff: a role it does not name is removed, except in units named by rows that could not be matched (their
/// people are kept until the row is fixed). Admins are only ever added by a roster, never removed, and the person applying
/// it keeps their own Office role.
/// </summary>
internal sealed record RosterChanges(IReadOnlyList<RosterChange> Added, IReadOnlyList<RosterChange> Changed, IReadOnlyList<RosterChange> Removed)
{
    public bool Any => Added.Count + Changed.Count + Removed.Count > 0;

    public int Count => Added.Count + Changed.Count + Removed.Count;

    public static RosterChanges Between(IReadOnlyList<Person> people, IReadOnlyList<RosterEntry> entries, IReadOnlyCollection<Unit> units, IReadOnlySet<string> keptUnits, string actorAadObjectId)
    {
        var unitNames = units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var unitCodes = units.ToDictionary(u => u.Id, u => u.Code);
        var byAad = people.ToDictionary(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase);
        var added = new List<RosterChange>();
        var changed = new List<RosterChange>();
        var removed = new List<RosterChange>();
        string? UnitName(string? code) => code is null ? null : unitNames.GetValueOrDefault(code, code);

        foreach (var entry in entries)
        {
            var person = byAad.GetValueOrDefault(entry.AadObjectId);
            var name = person?.Name ?? entry.Name;
            switch (entry.Role)
            {
                case PersonRole.Admin when person is not { IsAdmin: true }:
                case PersonRole.OfficeStaff when person is not { IsOfficeStaff: true }:
                    added.Add(new RosterChange(entry.AadObjectId, name, null, null, entry.Role, null));
                    break;
                case PersonRole.Head or PersonRole.Delegate:
                    var current = person?.Memberships.SingleOrDefault(m => unitCodes.GetValueOrDefault(m.UnitId) == entry.UnitCode);
                    var before = current is null ? (PersonRole?)null : current.Role == MembershipRole.Head ? PersonRole.Head : PersonRole.Delegate;
                    if (before is null)
                    {
                        added.Add(new RosterChange(entry.AadObjectId, name, entry.UnitCode, UnitName(entry.UnitCode), entry.Role, null));
                    }
                    else if (before != entry.Role)
                    {
                        changed.Add(new RosterChange(entry.AadObjectId, name, entry.UnitCode, UnitName(entry.UnitCode), entry.Role, before));
                    }

                    break;
            }
        }

        var named = entries.Select(e => (e.AadObjectId.ToUpperInvariant(), e.UnitCode, e.Role == PersonRole.OfficeStaff)).ToHashSet();
        foreach (var person in people.OrderBy(p => p.Name, StringComparer.CurrentCulture))
        {
            var aad = person.AadObjectId.ToUpperInvariant();
            foreach (var membership in person.Memberships)
            {
                var code = unitCodes.GetValueOrDefault(membership.UnitId);
                if (code is not null && !keptUnits.Contains(code) && !named.Contains((aad, code, false)))
                {
                    removed.Add(new RosterChange(person.AadObjectId, person.Name, code, UnitName(code), membership.Role == MembershipRole.Head ? PersonRole.Head : PersonRole.Delegate, null));
                }
            }

            if (person.IsOfficeStaff && !named.Contains((aad, null, true)) && !string.Equals(person.AadObjectId, actorAadObjectId, StringComparison.OrdinalIgnoreCase))
            {
                removed.Add(new RosterChange(person.AadObjectId, person.Name, null, null, PersonRole.OfficeStaff, null));
            }
        }

        return new RosterChanges(added, changed, removed);
    }
}
