using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.People;
using PciBot.Schedules;

namespace PciBot.Outbox;

/// <summary>
/// Tells the admins, once a month at most, that Microsoft Graph refused to install the app for want of a permission.
/// Every reminder to a person without a chat meets the same refusal; the unique key of the outbox keeps it to one
/// notice an admin. A feature registers how <see cref="Kind"/> is drawn.
/// </summary>
internal sealed class PermissionNotices(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly OutboxKind Kind = new("graph-permission");

    public const string ScheduleKey = "office";

    public async Task TellAdminsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        var admins = await db.People.Where(p => p.IsAdmin).Select(p => p.Id).ToListAsync(ct);
        if (admins.Count == 0)
        {
            admins = await db.People.Where(p => p.IsOfficeStaff).Select(p => p.Id).ToListAsync(ct);
        }

        var month = VietnamTime.Today(time).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var rows = admins.Select(id => new OutboxMessage
        {
            Kind = Kind,
            ScheduleKey = ScheduleKey,
            PeriodKey = $"{Kind.Name}/{month}",
            To = OutboxRecipient.Person(id),
            Subject = Kind.Name,
            Stage = ReminderStage.OfficeNotice,
        });
        await scope.ServiceProvider.GetRequiredService<OutboxQueue>().QueueAsync(rows, ct);
    }
}
