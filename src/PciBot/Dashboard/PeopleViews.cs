using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.People;

namespace PciBot.Dashboard;

/// <summary>A person's roles in words, as the bot's people list says them.</summary>
internal static class PeopleViews
{
    public static string Roles(Person person, BotTexts texts)
    {
        var roles = new List<string>();
        if (person.IsAdmin)
        {
            roles.Add(texts.People.RoleName(PersonRole.Admin, null));
        }

        if (person.IsOfficeStaff)
        {
            roles.Add(texts.People.RoleName(PersonRole.OfficeStaff, null));
        }

        roles.AddRange(person.Memberships.OrderBy(m => m.UnitId).Select(m => texts.People.RoleName(m.Role == MembershipRole.Head ? PersonRole.Head : PersonRole.Delegate, m.Unit?.Name)));
        return roles.Count == 0 ? texts.Dashboard.NoRole : string.Join("; ", roles);
    }

    public static bool HasRole(Person person) => person.IsOfficeOrAdmin || person.HasUnits;
}
