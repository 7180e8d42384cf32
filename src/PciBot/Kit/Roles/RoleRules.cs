namespace PciBot.Kit.Roles;

/// <summary>
/// The role rules, written once. Office staff and admins follow every task and unit; a unit's heads and delegates
/// follow their own units; only admins change schedules, holidays, plans and roles. Nobody (null) may do anything.
/// </summary>
internal static class RoleRules
{
    extension(IRoleHolder? person)
    {
        /// <summary>Office staff or admin: sees and may update every line, lists people, downloads the exports.</summary>
        public bool IsOfficeOrAdmin => person is { IsAdmin: true } or { IsOfficeStaff: true };

        public bool MayAdminister => person is { IsAdmin: true };

        /// <summary>Office staff, admins, and the unit's own heads and delegates.</summary>
        public bool MayUpdate(int unitId) => person.IsOfficeOrAdmin || (person is not null && person.BelongsTo(unitId));
    }
}
