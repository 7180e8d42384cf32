using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Kit;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.People;

/// <summary>Carries out the role and identity commands. Only admins change roles; the check is on the Entra object id.</summary>
internal sealed class PeopleCommands(PciBotDbContext db, PersonDirectory directory, IConnectorClient connector, AuditLog audit) : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommand command, ChatInput input, Activity incoming, Activity reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        var actor = await directory.EnsureAsync(incoming.From, incoming.Conversation?.TenantId, ct);
        reply.Text = await HandleAsync(command, incoming, actor, BotTexts.For(incoming.Locale), ct);
        reply.TextFormat = "markdown";
    }

    public async Task<string> HandleAsync(ChatCommand command, Activity activity, Person? actor, BotTexts texts, CancellationToken ct) => command switch
    {
        WhoAmICommand => WhoAmI(actor, activity, texts),
        ListPeopleCommand => actor.IsOfficeOrAdmin ? await ListAsync(texts, ct) : texts.People.NotAllowed,
        SetOfficeChannelCommand => actor is { } officer && officer.IsOfficeOrAdmin ? await SetOfficeChannelAsync(activity, officer, texts, ct) : texts.People.NotAllowed,
        MalformedPeopleCommand malformed => actor is not { IsAdmin: true } ? texts.People.NotAllowed : malformed.MissingPerson ? texts.People.MentionSomeone : texts.People.NameAUnit,
        AssignRoleCommand assign => actor is { IsAdmin: true } ? await AssignAsync(assign, activity, actor, texts, ct) : texts.People.NotAllowed,
        UnassignRoleCommand unassign => actor is { IsAdmin: true } ? await UnassignAsync(unassign, activity, actor, texts, ct) : texts.People.NotAllowed,
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    private static string WhoAmI(Person? actor, Activity activity, BotTexts texts)
    {
        var name = actor?.Name ?? activity.From?.Name ?? activity.From?.Id ?? "?";
        var units = actor?.Memberships.OrderBy(m => m.Unit!.Code).Select(m => texts.People.RoleName(m.Role == MembershipRole.Head ? PersonRole.Head : PersonRole.Delegate, m.Unit!.Name)).ToList() ?? [];
        return texts.People.WhoAmI(name, actor?.IsAdmin == true, actor?.IsOfficeStaff == true, units);
    }

    private async Task<string> ListAsync(BotTexts texts, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking()
            .Include(p => p.Memberships).ThenInclude(m => m.Unit)
            .Where(p => p.IsAdmin || p.IsOfficeStaff || p.Memberships.Any())
            .OrderBy(p => p.Name)
            .ToListAsync(ct);
        if (people.Count == 0)
        {
            return texts.People.NoPeople;
        }

        var lines = people.Select(p =>
        {
            var roles = p.Memberships.OrderBy(m => m.Unit!.Code)
                .Select(m => texts.People.RoleName(m.Role == MembershipRole.Head ? PersonRole.Head : PersonRole.Delegate, m.Unit!.Name))
                .Concat(p.IsOfficeStaff ? [texts.People.OfficeLabel] : [])
                .Concat(p.IsAdmin ? [texts.People.AdminLabel] : []);
            return $"- **{p.Name}**: {string.Join("; ", roles)}";
        });
        return $"**{texts.People.PeopleTitle}**\n\n{string.Join("\n", lines)}";
    }

    private async Task<string> SetOfficeChannelAsync(Activity activity, Person actor, BotTexts texts, CancellationToken ct)
    {
        if (!string.Equals(activity.Conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase))
        {
            return texts.People.OfficeChannelOnlyInChannel;
        }

        var channels = await db.Conversations.Where(c => c.Kind == ConversationKind.Channel).ToListAsync(ct);
        var channelId = activity.Conversation!.Id!.Split(';')[0];
        var target = channels.Single(c => c.Key == channelId);
        var previous = channels.SingleOrDefault(c => c.IsOfficeChannel);
        foreach (var channel in channels)
        {
            channel.IsOfficeChannel = channel == target;
        }

        audit.Record(actor, "office-channel.set", target.Key, previous?.Name ?? previous?.Key, target.Name ?? target.Key);
        await db.SaveChangesAsync(ct);
        return texts.People.OfficeChannelSet(target.Name);
    }

    private async Task<string> AssignAsync(AssignRoleCommand command, Activity activity, Person actor, BotTexts texts, CancellationToken ct)
    {
        Unit? unit = null;
        if (command.UnitCode is not null)
        {
            unit = await db.Units.SingleAsync(u => u.Code == command.UnitCode, ct);
            if (!unit.Internal || unit.Kind != UnitKind.Unit)
            {
                return texts.People.UnitNotAssignable(unit.Name);
            }
        }

        var replies = new List<string>();
        foreach (var mentioned in command.People)
        {
            var person = await ResolveAsync(mentioned, activity, ct);
            if (person is null)
            {
                replies.Add(texts.People.CannotResolvePerson(mentioned.Name ?? mentioned.Id ?? "?"));
                continue;
            }

            var before = RoleSnapshot.Of(person);
            switch (command.Role)
            {
                case PersonRole.Admin:
                    person.IsAdmin = true;
                    break;
                case PersonRole.OfficeStaff:
                    person.IsOfficeStaff = true;
                    break;
                default:
                    var role = command.Role == PersonRole.Head ? MembershipRole.Head : MembershipRole.Delegate;
                    var membership = person.Memberships.SingleOrDefault(m => m.UnitId == unit!.Id);
                    if (membership is null)
                    {
                        person.Memberships.Add(new UnitMembership { Unit = unit, Role = role });
                    }
                    else
                    {
                        membership.Role = role;
                    }

                    break;
            }

            audit.Record(actor, "role.assign", person.AadObjectId, before, RoleSnapshot.Of(person));
            replies.Add(texts.People.Assigned(person.Name, texts.People.RoleName(command.Role, unit?.Name)));
        }

        await db.SaveChangesAsync(ct);
        return string.Join("\n\n", replies);
    }

    private async Task<string> UnassignAsync(UnassignRoleCommand command, Activity activity, Person actor, BotTexts texts, CancellationToken ct)
    {
        var replies = new List<string>();
        foreach (var mentioned in command.People)
        {
            var person = await ResolveAsync(mentioned, activity, ct);
            if (person is null)
            {
                replies.Add(texts.People.CannotResolvePerson(mentioned.Name ?? mentioned.Id ?? "?"));
                continue;
            }

            var before = RoleSnapshot.Of(person);
            var removed = new List<string>();
            foreach (var membership in person.Memberships.Where(m => command.UnitCode is null ? command.Role is null : m.Unit!.Code == command.UnitCode).ToList())
            {
                person.Memberships.Remove(membership);
                removed.Add(texts.People.RoleName(membership.Role == MembershipRole.Head ? PersonRole.Head : PersonRole.Delegate, membership.Unit!.Name));
            }

            if (person.IsOfficeStaff && command.UnitCode is null && command.Role is null or PersonRole.OfficeStaff)
            {
                person.IsOfficeStaff = false;
                removed.Add(texts.People.OfficeLabel);
            }

            if (person.IsAdmin && command.UnitCode is null && command.Role is null or PersonRole.Admin && person.Id != actor.Id)
            {
                person.IsAdmin = false;
                removed.Add(texts.People.AdminLabel);
            }

            if (removed.Count == 0)
            {
                replies.Add(texts.People.NothingToUnassign(person.Name));
                continue;
            }

            audit.Record(actor, "role.unassign", person.AadObjectId, before, RoleSnapshot.Of(person));
            replies.Add(texts.People.Unassigned(person.Name, string.Join("; ", removed)));
        }

        await db.SaveChangesAsync(ct);
        return string.Join("\n\n", replies);
    }

    /// <summary>Mention entities carry the Teams id; the Entra object id comes from the member lookup when missing.</summary>
    private async Task<Person?> ResolveAsync(ChannelAccount mentioned, Activity activity, CancellationToken ct)
    {
        var account = mentioned;
        if (account.AadObjectId is not { Length: > 0 } && account.Id is { Length: > 0 } id && activity.ServiceUrl is not null && activity.Conversation?.Id is { } conversation)
        {
            try
            {
                account = await connector.GetMemberAsync(activity.ServiceUrl, conversation, id, ct);
                account.Name ??= mentioned.Name;
            }
            catch (ConnectorException)
            {
                return null;
            }
        }

        return await directory.EnsureAsync(account, activity.Conversation?.TenantId, ct);
    }
}
