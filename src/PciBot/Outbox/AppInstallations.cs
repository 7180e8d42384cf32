using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Authentication;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Graph;
using PciBot.People;

namespace PciBot.Outbox;

/// <summary>
/// Makes a person reachable who never opened the app: installs it for them through Graph (off unless
/// <c>Graph:InstallApp</c>), asks Graph for the chat between them and the bot, and keeps that chat as their personal
/// chat. Teams refuses a chat opened by the bot alone when the app is not installed for the person.
/// </summary>
internal sealed class AppInstallations(
    PciBotDbContext db,
    GraphClient graph,
    IOptions<GraphOptions> graphOptions,
    IOptions<DispatchOptions> dispatch,
    IOptions<BotFrameworkOptions> bot,
    PermissionNotices notices,
    TimeProvider time,
    ILogger<AppInstallations> logger)
{
    public bool Enabled => graphOptions.Value.InstallApp;

    /// <summary>Installs the app for <paramref name="person"/> (tracked by this context) and stores their chat; the person keeps what happened.</summary>
    public async Task<ChatOpening> OpenChatAsync(Person person, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(person);
        var outcome = await graph.InstallAppAsync(person.AadObjectId, ct);
        OutboxLog.AppInstall(logger, person.Id, outcome);
        if (outcome is GraphInstallOutcome.PermissionMissing or GraphInstallOutcome.NotAvailable)
        {
            person.ReachProblem = outcome == GraphInstallOutcome.PermissionMissing ? ChatOpening.PermissionMissing : ChatOpening.NotAvailable;
            await db.SaveChangesAsync(ct);
            if (outcome == GraphInstallOutcome.PermissionMissing)
            {
                await notices.TellAdminsAsync(ct);
            }

            return new ChatOpening(null, person.ReachProblem);
        }

        person.AppInstalledAt ??= time.GetUtcNow();
        person.ReachProblem = null;
        var chatId = await graph.ChatIdAsync(person.AadObjectId, ct);
        if (chatId is null)
        {
            person.ReachProblem = ChatOpening.NoChat;
            await db.SaveChangesAsync(ct);
            return new ChatOpening(null, person.ReachProblem);
        }

        var record = await db.Conversations.SingleOrDefaultAsync(c => c.Kind == ConversationKind.Personal && c.Key == chatId, ct);
        if (record is null)
        {
            var tenant = person.TenantId ?? bot.Value.TenantId;
            var known = await db.Conversations.AsNoTracking()
                .Where(c => c.TenantId == tenant && c.BotId != null)
                .OrderByDescending(c => c.Id)
                .FirstOrDefaultAsync(ct);
            var now = time.GetUtcNow();
            record = new ConversationRecord
            {
                Kind = ConversationKind.Personal,
                Key = chatId,
                ConversationId = chatId,
                ServiceUrl = known?.ServiceUrl ?? dispatch.Value.DefaultServiceUrl,
                ChannelId = "msteams",
                TenantId = tenant,
                BotId = known?.BotId ?? $"28:{bot.Value.AppId}",
                UserId = person.TeamsUserId,
                UserAadObjectId = person.AadObjectId,
                UserName = person.Name,
                FirstSeenAt = now,
                LastSeenAt = now,
            };
            db.Conversations.Add(record);
        }
        else if (!record.IsReachable)
        {
            record.IsReachable = true;
            record.UnreachableReason = null;
        }

        await db.SaveChangesAsync(ct);
        return new ChatOpening(record, null);
    }
}
