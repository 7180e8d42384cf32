using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Graph;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Audience;

/// <summary>
/// Before a cut-off, who would actually receive the reminders: every unit that leads a task of the current plan, its
/// heads and delegates, and for each whether their chat with the bot is open, and if not what stands in the way.
/// </summary>
internal sealed class Readiness(PciBotDbContext db, PlanCatalog catalog, IOptions<GraphOptions> graph)
{
    /// <remarks>
    /// The plan and its units come from the copy every question reads (<see cref="PlanCatalog.SharedAsync"/>); the
    /// people, their roles and their chats are read now.
    /// </remarks>
    public async Task<ReadinessReport> ReportAsync(CancellationToken ct)
    {
        var shared = await catalog.SharedAsync(ct);
        var byId = shared.Units.ToDictionary(u => u.Id);
        var leads = shared.Plan?.Tasks.SelectMany(t => t.Units).Where(l => l.Role == TaskUnitRole.Lead).Select(l => l.UnitId).ToHashSet() ?? [];
        var units = ReminderAudience.Internal(leads.Select(id => byId[id]), byId).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var unitIds = units.Select(u => u.Id).ToList();
        var people = await db.People.AsNoTracking()
            .Include(p => p.Memberships)
            .Where(p => p.Memberships.Any(m => unitIds.Contains(m.UnitId)))
            .ToListAsync(ct);
        var peopleOf = people.SelectMany(p => p.Memberships.Select(m => (m.UnitId, m.Role, Person: p))).ToLookup(x => x.UnitId);
        var aadObjectIds = people.Select(p => p.AadObjectId).ToList();
        var teamsIds = people.Where(p => p.TeamsUserId is not null).Select(p => p.TeamsUserId!).ToList();
        var chats = await db.Conversations.AsNoTracking()
            .Where(c => c.Kind == ConversationKind.Personal && aadObjectIds.Contains(c.UserAadObjectId!))
            .ToListAsync(ct);
        chats.AddRange(await db.Conversations.AsNoTracking()
            .Where(c => c.Kind == ConversationKind.Personal && teamsIds.Contains(c.Key))
            .ToListAsync(ct));
        var byAad = chats.Where(c => c.UserAadObjectId is not null).ToLookup(c => c.UserAadObjectId!);
        var byKey = chats.ToLookup(c => c.Key);
        List<ConversationRecord> ChatsOf(Person person) =>
            [.. byAad[person.AadObjectId].Concat(person.TeamsUserId is null ? [] : byKey[person.TeamsUserId]).DistinctBy(c => c.Id)];

        var installs = graph.Value.InstallApp;
        var report = units.Select(unit => new ReadinessUnit(
            unit.Code,
            unit.Name,
            peopleOf[unit.Id]
                .OrderBy(p => p.Role)
                .ThenBy(p => p.Person.Name, StringComparer.CurrentCulture)
                .Select(p => Of(p.Person, p.Role, ChatsOf(p.Person), installs))
                .ToList())).ToList();
        return new ReadinessReport(report, installs);
    }

    /// <summary>When the person last wrote to the bot: chats the bot opened itself are keyed by their conversation id and say nothing of that.</summary>
    private static DateTimeOffset? LastHeard(List<ConversationRecord> chats) =>
        chats.Where(c => c.Key != c.ConversationId).Select(c => (DateTimeOffset?)c.LastSeenAt).Max();

    private static ReadinessPerson Of(Person person, MembershipRole role, List<ConversationRecord> chats, bool installs)
    {
        var best = chats.OrderByDescending(c => c.IsReachable).ThenByDescending(c => c.LastSeenAt).FirstOrDefault();
        var state = best switch
        {
            { IsReachable: true } => ReachState.ChatOpen,
            not null => ReachState.Blocked,
            _ when person.ReachProblem == ChatOpening.NotAvailable => ReachState.CannotInstall,
            _ when person.ReachProblem == ChatOpening.PermissionMissing => ReachState.PermissionMissing,
            _ when installs => ReachState.WillInstall,
            _ => ReachState.NoChatYet,
        };
        return new ReadinessPerson(person.Id, person.Name, person.UserPrincipalName, role, state, LastHeard(chats), person.AppInstalledAt, best?.UnreachableReason);
    }
}
