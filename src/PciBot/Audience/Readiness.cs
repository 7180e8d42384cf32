using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Graph;
using PciBot.Outbox;
using PciBot.People;

namespace PciBot.Audience;

/// <summary>
/// Before a cut-off, who would actually receive the reminders: every unit that leads a task of the current plan, its
/// heads and delegates, and for each whether their chat with the bot is open, and if not what stands in the way.
/// </summary>
internal sealed class Readiness(PciBotDbContext db, IOptions<GraphOptions> graph)
{
    public async Task<ReadinessReport> ReportAsync(CancellationToken ct)
    {
        var audience = await ReminderAudience.LoadAsync(db, ct);
        var units = audience.Plan?.Tasks.SelectMany(audience.LeadUnits).DistinctBy(u => u.Id).OrderBy(u => u.Code, StringComparer.Ordinal).ToList() ?? [];
        var people = units.SelectMany(audience.PeopleOf).DistinctBy(p => p.Id).ToList();
        var aadObjectIds = people.Select(p => p.AadObjectId).ToList();
        var teamsIds = people.Where(p => p.TeamsUserId is not null).Select(p => p.TeamsUserId!).ToList();
        var chats = await db.Conversations.AsNoTracking()
            .Where(c => c.Kind == ConversationKind.Personal && aadObjectIds.Contains(c.UserAadObjectId!))
            .ToListAsync(ct);
        chats.AddRange(await db.Conversations.AsNoTracking()
            .Where(c => c.Kind == ConversationKind.Personal && teamsIds.Contains(c.Key))
            .ToListAsync(ct));
        var installs = graph.Value.InstallApp;
        var report = units.Select(unit => new ReadinessUnit(
            unit.Code,
            unit.Name,
            audience.PeopleOf(unit)
                .Select(person => (person, role: person.Memberships.Single(m => m.UnitId == unit.Id).Role))
                .OrderBy(p => p.role)
                .ThenBy(p => p.person.Name, StringComparer.CurrentCulture)
                .Select(p => Of(p.person, p.role, chats.Where(c => c.UserAadObjectId == p.person.AadObjectId || (p.person.TeamsUserId is not null && c.Key == p.person.TeamsUserId)).ToList(), installs))
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
