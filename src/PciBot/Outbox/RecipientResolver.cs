using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Authentication;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Graph;
using PciBot.People;

namespace PciBot.Outbox;

/// <summary>
/// Finds the conversation an outbox message goes to, and its language. A person the bot has never talked to is reached
/// by opening a personal chat with their Teams id in their tenant; the new conversation is remembered. A person is
/// written to in the language they last wrote in, else their chat's Teams locale (else Vietnamese, the renderers'
/// default); a channel in its Teams locale.
/// </summary>
internal sealed class RecipientResolver(
    PciBotDbContext db,
    IConnectorClient connector,
    SendRateLimiter limiter,
    BatchWriter writer,
    RateLimitClock wallClock,
    IOptions<DispatchOptions> dispatch,
    IOptions<BotFrameworkOptions> bot,
    AppInstallations installations,
    TimeProvider time)
{
    public async Task<DeliveryTarget> ResolveAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.RecipientKind == RecipientKind.Conversation)
        {
            var record = await db.Conversations.SingleOrDefaultAsync(c => c.Id == message.ConversationRecordId, ct)
                ?? throw new UnreachableException("conversation unknown");
            return record.IsReachable
                ? new DeliveryTarget(record.Id, record.ServiceUrl, record.ConversationId, record.Locale)
                : throw new UnreachableException(record.UnreachableReason ?? "unreachable");
        }

        var person = await db.People.SingleOrDefaultAsync(p => p.Id == message.PersonId, ct)
            ?? throw new UnreachableException("person unknown");
        var personal = await PersonalChatAsync(person, ct);
        if (personal is { IsReachable: true })
        {
            return new DeliveryTarget(personal.Id, personal.ServiceUrl, personal.ConversationId, person.Language ?? personal.Locale);
        }

        if (personal is not null)
        {
            throw new UnreachableException(personal.UnreachableReason ?? "unreachable");
        }

        if (installations.Enabled && person.AppInstalledAt is null && person.ReachProblem != ChatOpening.NotAvailable)
        {
            return await InstallAndOpenAsync(person, ct);
        }

        return await OpenPersonalChatAsync(person, ct);
    }

    /// <summary>
    /// The known, reachable conversations of the recipients of <paramref name="messages"/>, by recipient key, read in a
    /// fixed number of queries and chosen as <see cref="ResolveAsync"/> chooses. A recipient missing from the result goes
    /// through <see cref="ResolveAsync"/>: it is unreachable, or a chat has to be opened.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, DeliveryTarget>> KnownTargetsAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken ct)
    {
        var targets = new Dictionary<string, DeliveryTarget>(StringComparer.Ordinal);
        var recordIds = messages.Where(m => m.RecipientKind == RecipientKind.Conversation && m.ConversationRecordId is not null)
            .Select(m => m.ConversationRecordId!.Value).Distinct().ToList();
        if (recordIds.Count > 0)
        {
            var records = await db.Conversations.AsNoTracking().Where(c => recordIds.Contains(c.Id) && c.IsReachable).ToDictionaryAsync(c => c.Id, ct);
            foreach (var message in messages.Where(m => m.RecipientKind == RecipientKind.Conversation))
            {
                if (message.ConversationRecordId is { } id && records.TryGetValue(id, out var record))
                {
                    targets[message.RecipientKey] = new DeliveryTarget(record.Id, record.ServiceUrl, record.ConversationId, record.Locale);
                }
            }
        }

        var personIds = messages.Where(m => m.RecipientKind == RecipientKind.Person && m.PersonId is not null)
            .Select(m => m.PersonId!.Value).Distinct().ToList();
        if (personIds.Count == 0)
        {
            return targets;
        }

        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.AadObjectId, p.TeamsUserId, p.Language })
            .ToDictionaryAsync(p => p.Id, ct);
        var aadObjectIds = people.Values.Select(p => p.AadObjectId).ToList();
        var teamsUserIds = people.Values.Where(p => p.TeamsUserId is not null).Select(p => p.TeamsUserId!).ToList();
        var chats = await db.Conversations.AsNoTracking()
            .Where(c => aadObjectIds.Contains(c.UserAadObjectId!) && c.Kind == ConversationKind.Personal)
            .ToListAsync(ct);
        chats.AddRange(await db.Conversations.AsNoTracking()
            .Where(c => c.Kind == ConversationKind.Personal && teamsUserIds.Contains(c.Key))
            .ToListAsync(ct));
        chats = chats.DistinctBy(c => c.Id).ToList();
        var byAadObjectId = chats.Where(c => c.UserAadObjectId is not null).ToLookup(c => c.UserAadObjectId!, StringComparer.Ordinal);
        var byKey = chats.ToLookup(c => c.Key, StringComparer.Ordinal);
        foreach (var message in messages.Where(m => m.RecipientKind == RecipientKind.Person))
        {
            if (message.PersonId is not { } personId || !people.TryGetValue(personId, out var person))
            {
                continue;
            }

            var best = Best(byAadObjectId[person.AadObjectId].Concat(person.TeamsUserId is null ? [] : byKey[person.TeamsUserId]));
            if (best is { IsReachable: true })
            {
                targets[message.RecipientKey] = new DeliveryTarget(best.Id, best.ServiceUrl, best.ConversationId, person.Language ?? best.Locale);
            }
        }

        return targets;
    }

    /// <summary>The person's personal chat with the bot: a reachable one first, then the one last heard from.</summary>
    private async Task<ConversationRecord?> PersonalChatAsync(Person person, CancellationToken ct)
    {
        // Two lookups, one per index: SQLite scans the whole table for the two conditions joined by OR.
        var chats = await db.Conversations.AsNoTracking()
            .Where(c => c.UserAadObjectId == person.AadObjectId && c.Kind == ConversationKind.Personal)
            .ToListAsync(ct);
        if (person.TeamsUserId is { } teamsUserId)
        {
            chats.AddRange(await db.Conversations.AsNoTracking()
                .Where(c => c.Kind == ConversationKind.Personal && c.Key == teamsUserId)
                .ToListAsync(ct));
        }

        return Best(chats);
    }

    private static ConversationRecord? Best(IEnumerable<ConversationRecord> chats) => chats
        .OrderByDescending(c => c.IsReachable)
        .ThenByDescending(c => c.LastSeenAt)
        .FirstOrDefault();

    /// <summary>
    /// Installs the app for a person who has no chat with the bot and opens it through Graph. When Graph lacks the
    /// permission, a chat is still tried the usual way (the person may have the app through a setup policy).
    /// </summary>
    private async Task<DeliveryTarget> InstallAndOpenAsync(Person person, CancellationToken ct)
    {
        ChatOpening opening;
        try
        {
            opening = await installations.OpenChatAsync(person, ct);
        }
        catch (GraphException e) when (e.Status is { } status && (int)status is >= 400 and < 500 && status != System.Net.HttpStatusCode.TooManyRequests)
        {
            throw new UnreachableException($"cannot install the app ({e.Status} {e.Code})", e);
        }

        if (opening.Chat is { } chat)
        {
            return new DeliveryTarget(chat.Id, chat.ServiceUrl, chat.ConversationId, person.Language ?? chat.Locale);
        }

        return opening.Problem == ChatOpening.PermissionMissing
            ? await OpenPersonalChatAsync(person, ct)
            : throw new UnreachableException(opening.Problem == ChatOpening.NotAvailable ? "the app cannot be installed for them (not licensed for Teams, disabled, or the app blocked by policy)" : "no chat after installing the app");
    }

    private async Task<DeliveryTarget> OpenPersonalChatAsync(Person person, CancellationToken ct)
    {
        if (person.TeamsUserId is null || person.TenantId is null)
        {
            throw new UnreachableException("never seen in Teams");
        }

        // The tenant's newest conversation, by key rather than by LastSeenAt: nothing indexes the latter, and scanning
        // every conversation for each chat opened made a fan-out to new people quadratic. A tenant keeps its service URL.
        var known = await db.Conversations.AsNoTracking()
            .Where(c => c.TenantId == person.TenantId && c.BotId != null)
            .OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(ct);
        var serviceUrl = known?.ServiceUrl ?? dispatch.Value.DefaultServiceUrl;
        var botId = known?.BotId ?? $"28:{bot.Value.AppId}";
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = person.TeamsUserId }],
            TenantId = person.TenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = person.TenantId } },
        };

        // Opening a chat counts against Teams' limits like a send. The turn is the member's (no conversation exists yet),
        // held until the chat is stored, so that another message for the same person finds it instead of opening it again.
        var member = $"member:{person.TeamsUserId}";
        using var turn = await limiter.TakeTurnAsync(member, ct);
        if (await PersonalChatAsync(person, ct) is { } opened)
        {
            return opened.IsReachable
                ? new DeliveryTarget(opened.Id, opened.ServiceUrl, opened.ConversationId, person.Language ?? opened.Locale)
                : throw new UnreachableException(opened.UnreachableReason ?? "unreachable");
        }

        ConversationResourceResponse created;
        try
        {
            created = await connector.CreateConversationAsync(serviceUrl, parameters, ct);
        }
        catch (ConnectorException e) when (!e.IsTransient)
        {
            throw new UnreachableException($"cannot open a chat ({(int)e.StatusCode} {e.ErrorCode})", e);
        }
        catch (ConnectorException e) when (e.RetryAfter is { } retryAfter)
        {
            limiter.Hold(member, wallClock.Time.GetUtcNow() + retryAfter);
            throw;
        }

        var now = time.GetUtcNow();
        var record = new ConversationRecord
        {
            Kind = ConversationKind.Personal,
            Key = person.TeamsUserId,
            ConversationId = created.Id ?? throw new UnreachableException("Teams returned no conversation id"),
            ServiceUrl = created.ServiceUrl ?? serviceUrl,
            ChannelId = "msteams",
            TenantId = person.TenantId,
            BotId = botId,
            UserId = person.TeamsUserId,
            UserAadObjectId = person.AadObjectId,
            UserName = person.Name,
            FirstSeenAt = now,
            LastSeenAt = now,
        };
        try
        {
            await writer.WriteAsync(async w =>
            {
                w.Conversations.Add(record);
                return await w.SaveChangesAsync();
            });
        }
        catch (DbUpdateException)
        {
            // Another host opened the same chat at the same time (Teams answers the same conversation for the same
            // member) and stored it first; theirs is the one to use.
            record = await db.Conversations.AsNoTracking().SingleAsync(c => c.Kind == ConversationKind.Personal && c.Key == person.TeamsUserId, ct);
            if (!record.IsReachable)
            {
                throw new UnreachableException(record.UnreachableReason ?? "unreachable");
            }
        }

        return new DeliveryTarget(record.Id, record.ServiceUrl, record.ConversationId, person.Language ?? record.Locale);
    }
}
