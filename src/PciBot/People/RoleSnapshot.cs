using System.Globalization;
using System.Text.Json;

namespace PciBot.People;

/// <summary>A person's roles as the audit keeps them before and after a change.</summary>
internal static class RoleSnapshot
{
    public static string Of(Person person) => JsonSerializer.Serialize(new
    {
        admin = person.IsAdmin,
        office = person.IsOfficeStaff,
        units = person.Memberships.OrderBy(m => m.UnitId).Select(m => $"{m.Unit?.Code ?? m.UnitId.ToString(CultureInfo.InvariantCulture)}:{m.Role}"),
    });
}
