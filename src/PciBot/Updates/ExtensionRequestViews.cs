using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>Reads a request for more time with what its card shows.</summary>
internal sealed class ExtensionRequestViews(PciBotDbContext db, ReportLines lines, TimeProvider time)
{
    public async Task<ExtensionRequestView?> LoadAsync(long requestId, CancellationToken ct)
    {
        var request = await db.ExtensionRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return null;
        }

        var task = await db.Tasks.AsNoTracking().Include(t => t.Plan).SingleAsync(t => t.Id == request.TaskId, ct);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == request.UnitId).Select(u => u.Name).SingleAsync(ct);
        int[] people = request.DecidedByPersonId is { } decider ? [request.PersonId, decider] : [request.PersonId];
        var names = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var today = VietnamTime.Today(time);
        var line = await lines.FindAsync(request.TaskId, request.UnitId, request.PeriodKey, today, ct);
        return new ExtensionRequestView(
            request,
            line?.Task ?? task,
            unit,
            names[request.PersonId],
            request.DecidedByPersonId is { } by ? names[by] : null,
            line,
            ProgressCards.ExtensionNotBefore(today, line?.CutOff ?? request.CutOff));
    }
}
