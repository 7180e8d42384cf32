using Microsoft.EntityFrameworkCore;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.People;
using PciBot.Registry;

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

    /// <summary>
    /// Registers <paramref name="count"/> people spread over <paramref name="unitCodes"/> in turn, each as a delegate of
    /// their unit. Every other one has already talked to the bot (a personal chat on <paramref name="serviceUrl"/>);
    /// the others must have a chat opened for them.
    /// </summary>
    public static async Task<List<Person>> ManyAsync(PciBotDbContext db, int count, IReadOnlyList<string> unitCodes, string serviceUrl, DateTimeOffset now)
    {
        var units = await db.Units.Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Code);
        var people = new List<Person>();
        for (var i = 0; i < count; i++)
        {
            var aadObjectId = $"aad-person-{i}";
            var person = new Person
            {
                AadObjectId = aadObjectId,
                TeamsUserId = $"29:{aadObjectId}",
                Name = $"Person {i}",
                TenantId = Activities.TenantId,
                CreatedAt = now,
                Memberships = [new UnitMembership { Unit = units[unitCodes[i % unitCodes.Count]], Role = MembershipRole.Delegate }],
            };
            people.Add(person);
            db.People.Add(person);
            if (i % 2 == 0)
            {
                db.Conversations.Add(PersonalChat(person, serviceUrl, now));
            }
        }

        await db.SaveChangesAsync();
        return people;
    }

    /// <summary>The personal chat Teams opens when someone first talks to the bot, as the bot records it.</summary>
    public static ConversationRecord PersonalChat(Person person, string serviceUrl, DateTimeOffset now) => new()
    {
        Kind = ConversationKind.Personal,
        Key = person.TeamsUserId!,
        ConversationId = $"a:personal-{person.TeamsUserId}",
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        TenantId = person.TenantId,
        BotId = Activities.BotId,
        UserId = person.TeamsUserId,
        UserAadObjectId = person.AadObjectId,
        UserName = person.Name,
        Locale = "vi-VN",
        FirstSeenAt = now,
        LastSeenAt = now,
    };
}
