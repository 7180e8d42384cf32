using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using PciBot.People;

namespace PciBot.Tests.Infrastructure;

/// <summary>Registers people the way an admin would, straight in the database.</summary>
internal static class TestPeople
{
    public static async Task<Person> HeadAsync(PciBotDbContext db, string unitCode, string? aadObjectId = null, MembershipRole role = MembershipRole.Head)
    {
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        aadObjectId ??= $"aad-{unitCode.ToLowerInvariant()}-{role.ToString().ToLowerInvariant()}";
        var person = new Person
        {
            AadObjectId = aadObjectId,
            TeamsUserId = $"29:{aadObjectId}",
            Name = $"{role} {unitCode}",
            TenantId = Activities.TenantId,
            Memberships = [new UnitMembership { Unit = unit, Role = role }],
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }
}
