using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Audit;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Demo;

/// <summary>
/// Gives the people of the Playground's setup their roles, in Development only. It adds what is missing and takes nothing
/// away, so roles changed in the chat during a demo stay; every role it grants is audited.
/// </summary>
internal sealed class DemoRosterSeeder(
    PciBotDbContext db,
    IOptions<DemoOptions> options,
    IHostEnvironment environment,
    AuditLog audit,
    TimeProvider time,
    ILogger<DemoRosterSeeder> logger) : IDatabaseSeeder
{
    private static readonly AuditActor Roster = new("demo-roster", "Demo roster");

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!environment.IsDevelopment() || options.Value.RosterFile is not { Length: > 0 } file)
        {
            return;
        }

        var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, file));
        var roster = await DemoRosterFile.ReadAsync(path, ct);
        var units = await UnitsAsync(roster, path, ct);
        var ids = roster.People.Select(p => p.AadObjectId).ToList();
        var known = await db.People.Include(p => p.Memberships).ThenInclude(m => m.Unit)
            .Where(p => ids.Contains(p.AadObjectId))
            .ToDictionaryAsync(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase, ct);

        int added = 0, granted = 0;
        foreach (var entry in roster.People)
        {
            if (!known.TryGetValue(entry.AadObjectId, out var person))
            {
                person = new Person { AadObjectId = entry.AadObjectId, Name = entry.Name, CreatedAt = time.GetUtcNow() };
                db.People.Add(person);
                added++;
            }

            person.TeamsUserId ??= entry.TeamsUserId;
            person.UserPrincipalName ??= entry.UserPrincipalName;
            person.TenantId ??= roster.TenantId;
            person.Language ??= entry.Language;
            var before = RoleSnapshot.Of(person);
            var grants = Grant(person, entry, units);
            if (grants > 0)
            {
                audit.Record(Roster, "role.assign", person.AadObjectId, before, RoleSnapshot.Of(person));
                granted += grants;
            }
        }

        if (roster.OfficeChannel is { } channel && !await db.Conversations.AnyAsync(c => c.IsOfficeChannel, ct))
        {
            await AddOfficeChannelAsync(roster, channel, ct);
        }

        await db.SaveChangesAsync(ct);
        DemoLog.RosterApplied(logger, path, roster.People.Count, added, granted);
    }

    private async Task<Dictionary<string, Unit>> UnitsAsync(DemoRoster roster, string path, CancellationToken ct)
    {
        var codes = roster.People.SelectMany(p => p.Units ?? []).Select(m => m.Unit).Distinct(StringComparer.Ordinal).ToList();
        var units = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var unknown = codes.Where(c => !units.ContainsKey(c)).ToList();
        return unknown.Count == 0
            ? units
            : throw new InvalidOperationException($"Demo:RosterFile: {path} names units that are not in units.json: {string.Join(", ", unknown)}.");
    }

    private static int Grant(Person person, DemoPerson entry, Dictionary<string, Unit> units)
    {
        var grants = 0;
        if (entry.Admin && !person.IsAdmin)
        {
            person.IsAdmin = true;
            grants++;
        }

        if (entry.Office && !person.IsOfficeStaff)
        {
            person.IsOfficeStaff = true;
            grants++;
        }

        foreach (var membership in entry.Units ?? [])
        {
            var unit = units[membership.Unit];
            if (!person.BelongsTo(unit.Id))
            {
                person.Memberships.Add(new UnitMembership { Unit = unit, Role = Enum.Parse<MembershipRole>(membership.Role) });
                grants++;
            }
        }

        return grants;
    }

    private async Task AddOfficeChannelAsync(DemoRoster roster, DemoChannel channel, CancellationToken ct)
    {
        var record = await db.Conversations.SingleOrDefaultAsync(c => c.Kind == ConversationKind.Channel && c.Key == channel.ConversationId, ct);
        if (record is null)
        {
            record = new ConversationRecord
            {
                Kind = ConversationKind.Channel,
                Key = channel.ConversationId,
                ConversationId = channel.ConversationId,
                ServiceUrl = channel.ServiceUrl,
                ChannelId = "msteams",
                TenantId = roster.TenantId,
                BotId = roster.BotId,
                TeamId = channel.TeamId,
                Name = channel.Name,
                FirstSeenAt = time.GetUtcNow(),
                LastSeenAt = time.GetUtcNow(),
            };
            db.Conversations.Add(record);
        }

        record.IsOfficeChannel = true;
        audit.Record(Roster, "office-channel.set", record.Key, null, record.Name);
    }
}
