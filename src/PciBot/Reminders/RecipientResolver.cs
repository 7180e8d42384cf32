using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Authentication;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.People;

namespace PciBot.Reminders;

/// <summary>
/// Finds the conversation an outbox message goes to. A person the bot has never talked to is reached by
/// opening a personal chat with their Teams id in their tenant; the new conversation is remembered.
/// </summary>
internal sealed class RecipientResolver(
    PciBotDbContext db,
    IConnectorClient connector,
    SendRateLimiter limiter,
    IOptions<DispatchOptions> dispatch,
    IOptions<BotFrameworkOptions> bot,
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
        var personal = await db.Conversations
            .Where(c => c.Kind == ConversationKind.Personal && (c.UserAadObjectId == person.AadObjectId || c.Key == person.TeamsUserId))
            .OrderByDescending(c => c.IsReachable)
            .ThenByDescending(c => c.LastSeenAt)
            .FirstOrDefaultAsync(ct);
        if (personal is { IsReachable: true })
        {
            return new DeliveryTarget(personal.Id, personal.ServiceUrl, personal.ConversationId, personal.Locale);
        }

        if (personal is not null)
        {
            throw new UnreachableException(personal.UnreachableReason ?? "unreachable");
        }

        return await OpenPersonalChatAsync(person, ct);
    }

    private async Task<DeliveryTarget> OpenPersonalChatAsync(Person person, CancellationToken ct)
    {
        if (person.TeamsUserId is null || person.TenantId is null)
        {
            throw new UnreachableException("never seen in Teams");
        }

        var known = await db.Conversations.AsNoTracking()
            .Where(c => c.TenantId == person.TenantId && c.BotId != null)
            .OrderByDescending(c => c.LastSeenAt)
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

        ConversationResourceResponse created;
        try
        {
            // Opening a chat counts against Teams' limits like a send; the turn is the member's, as no conversation exists yet.
            using (await limiter.TakeTurnAsync($"member:{person.TeamsUserId}", ct))
            {
                created = await connector.CreateConversationAsync(serviceUrl, parameters, ct);
            }
        }
        catch (ConnectorException e) when (!e.IsTransient)
        {
            throw new UnreachableException($"cannot open a chat ({(int)e.StatusCode} {e.ErrorCode})", e);
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
        db.Conversations.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Entry(record).State == EntityState.Added)
        {
            // Another dispatcher opened the same chat at the same time (Teams answers the same conversation for the
            // same member) and stored it first; theirs is the one to use.
            db.Entry(record).State = EntityState.Detached;
            record = await db.Conversations.SingleAsync(c => c.Kind == ConversationKind.Personal && c.Key == person.TeamsUserId, ct);
            if (!record.IsReachable)
            {
                throw new UnreachableException(record.UnreachableReason ?? "unreachable");
            }
        }

        return new DeliveryTarget(record.Id, record.ServiceUrl, record.ConversationId, record.Locale);
    }
}
