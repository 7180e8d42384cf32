using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Graph;

namespace PciBot.People;

/// <summary>
/// Finds the person behind a user principal name or mail address: in Entra ID through Graph when it is configured,
/// else among the members of a team the bot is installed in, through the Connector. Display names are never looked up.
/// </summary>
internal sealed class PeopleFinder(PciBotDbContext db, GraphClient graph, IOptions<GraphOptions> options, IConnectorClient connector)
{
    private List<(string TeamId, string ServiceUrl)>? teams;

    public bool ThroughGraph => options.Value.LookUpPeople;

    public async Task<PersonLookup> FindAsync(string principal, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(principal);
        if (ThroughGraph)
        {
            var found = await graph.FindUserAsync(principal, ct);
            return found.Outcome switch
            {
                GraphLookupOutcome.Found => new PersonLookup(PersonLookupOutcome.Found, found.User!.Id, null, found.User.DisplayName, found.User.UserPrincipalName ?? principal),
                GraphLookupOutcome.Ambiguous => new PersonLookup(PersonLookupOutcome.Ambiguous),
                GraphLookupOutcome.PermissionMissing => new PersonLookup(PersonLookupOutcome.PermissionMissing),
                _ => new PersonLookup(PersonLookupOutcome.NotFound),
            };
        }

        teams ??= (await db.Conversations.AsNoTracking()
                .Where(c => c.TeamId != null && c.Kind == ConversationKind.Channel && c.IsReachable)
                .Select(c => new { c.TeamId, c.ServiceUrl })
                .ToListAsync(ct))
            .Select(c => (c.TeamId!, c.ServiceUrl))
            .DistinctBy(t => t.Item1)
            .ToList();
        if (teams.Count == 0)
        {
            return new PersonLookup(PersonLookupOutcome.NoDirectory);
        }

        foreach (var (teamId, serviceUrl) in teams)
        {
            try
            {
                var member = await connector.GetMemberAsync(serviceUrl, teamId, principal, ct);
                if (member.AadObjectId is { Length: > 0 } aad)
                {
                    return new PersonLookup(PersonLookupOutcome.Found, aad, member.Id, member.Name, member.UserPrincipalName ?? principal);
                }
            }
            catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)
            {
                // Not a member of this team; another may have them.
            }
        }

        return new PersonLookup(PersonLookupOutcome.NotFound);
    }
}
