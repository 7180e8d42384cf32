using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Calendar;

/// <summary>
/// The working calendar in force: computed holidays plus the exceptions admins entered. Built once and
/// rebuilt only after an exception changes.
/// </summary>
internal sealed class WorkingCalendarSource(IServiceScopeFactory scopes)
{
    private volatile WorkingCalendar? current;

    public async ValueTask<WorkingCalendar> GetAsync(CancellationToken ct)
    {
        if (current is { } calendar)
        {
            return calendar;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        var exceptions = await db.HolidayExceptions.AsNoTracking().ToListAsync(ct);
        calendar = new WorkingCalendar(
            exceptions.Where(e => !e.IsWorkingDay).Select(e => e.Date),
            exceptions.Where(e => e.IsWorkingDay).Select(e => e.Date));
        current = calendar;
        return calendar;
    }

    public void Invalidate() => current = null;
}
