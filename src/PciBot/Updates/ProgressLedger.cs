using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Data;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>
/// The append-only record of updates. Each line is numbered 1, 2, 3, … under a unique index, so writers that race
/// cannot both append after the same row; the loser reads again and, if the winner was the same submit (a double
/// click, a replayed invoke), returns it instead of storing it twice.
/// </summary>
internal sealed class ProgressLedger(PciBotDbContext db, IOptions<UpdatesOptions> options, TimeProvider time, ILogger<ProgressLedger> logger)
{
    private const int MaxAttempts = 8;

    /// <summary>
    /// Appends the update, or finds the same submit stored a moment ago. <paramref name="basedOn"/> is the number of the
    /// update the form showed, if any: after an edit, values sent before from the same card are a new update.
    /// </summary>
    public async Task<(ProgressEntry Entry, bool Duplicate)> AppendAsync(
        ReportLine line, Person author, ProgressValues values, string cardId, int? basedOn, string? cardActivityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(values);
        var fingerprint = ProgressFingerprint.Of(line, author.Id, values, cardId, basedOn);
        for (var attempt = 1; ; attempt++)
        {
            // The line's length is read before looking for the same submit. A twin stored after this read must have
            // taken the next number, so the insert below fails and the next attempt finds it; one stored before it is
            // found now. Either way it is never stored twice.
            var last = await InLine(line).MaxAsync(u => (int?)u.Sequence, ct) ?? 0;
            var now = time.GetUtcNow();
            var since = now - options.Value.DuplicateWindow;
            var earlier = await db.ProgressUpdates.AsNoTracking()
                .Where(u => u.Fingerprint == fingerprint && u.SubmittedAt >= since)
                .OrderBy(u => u.Sequence)
                .FirstOrDefaultAsync(ct);
            if (earlier is not null)
            {
                UpdatesLog.Duplicate(logger, line.Task.Id, line.Unit.Id, line.PeriodKey, earlier.Id);
                return (new ProgressEntry(earlier, author.Name, line.Unit.Name), true);
            }

            var row = new ProgressUpdate
            {
                TaskId = line.Task.Id,
                UnitId = line.Unit.Id,
                PeriodKey = line.PeriodKey,
                Sequence = last + 1,
                PersonId = author.Id,
                IsContribution = line.IsContribution,
                Status = values.Status,
                PercentDone = values.PercentDone,
                Result = values.Result,
                Obstacles = values.Obstacles,
                EvidenceUrl = values.EvidenceUrl,
                SubmittedAt = now,
                SourceActivityId = cardActivityId,
                Fingerprint = fingerprint,
            };
            db.ProgressUpdates.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                UpdatesLog.Stored(logger, row.Id, line.Task.Id, line.Unit.Id, line.PeriodKey, row.Sequence, line.IsContribution);
                return (new ProgressEntry(row, author.Name, line.Unit.Name), false);
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts)
            {
                // Another writer took this number first. Read the line again: it may have been this same submit.
                db.Entry(row).State = EntityState.Detached;
                UpdatesLog.Raced(logger, e, line.Task.Id, line.Unit.Id, line.PeriodKey, attempt);
            }
        }
    }

    /// <summary>The current state of a line: its latest update, or null.</summary>
    public async Task<ProgressEntry?> LatestAsync(ReportLine line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        var latest = await InLine(line).AsNoTracking()
            .OrderByDescending(u => u.Sequence)
            .Join(db.People, u => u.PersonId, p => p.Id, (u, p) => new { Update = u, p.Name })
            .FirstOrDefaultAsync(ct);
        return latest is null ? null : new ProgressEntry(latest.Update, latest.Name, line.Unit.Name);
    }

    /// <summary>A task's updates, newest first, and how many there are in all.</summary>
    public async Task<(IReadOnlyList<ProgressEntry> Entries, int Total)> HistoryAsync(int taskId, int take, CancellationToken ct)
    {
        var all = db.ProgressUpdates.AsNoTracking().Where(u => u.TaskId == taskId);
        var total = await all.CountAsync(ct);
        var rows = await all
            .OrderByDescending(u => u.SubmittedAt).ThenByDescending(u => u.Id)
            .Take(take)
            .Join(db.People, u => u.PersonId, p => p.Id, (u, p) => new { Update = u, Author = p.Name })
            .Join(db.Units, x => x.Update.UnitId, unit => unit.Id, (x, unit) => new { x.Update, x.Author, Unit = unit.Name })
            .ToListAsync(ct);
        return (rows.Select(r => new ProgressEntry(r.Update, r.Author, r.Unit)).ToList(), total);
    }

    private IQueryable<ProgressUpdate> InLine(ReportLine line) =>
        db.ProgressUpdates.Where(u => u.TaskId == line.Task.Id && u.UnitId == line.Unit.Id && u.PeriodKey == line.PeriodKey);
}
