using PciBot.Data;

namespace PciBot.Audit;

/// <summary>Adds audit rows to the current unit of work, so they commit with the change they describe.</summary>
internal sealed class AuditLog(PciBotDbContext db, TimeProvider time)
{
    public void Record(AuditActor actor, string action, string subject, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            ActorAadObjectId = actor.AadObjectId,
            ActorName = actor.Name,
            Action = action,
            Subject = subject,
            Before = before,
            After = after,
        });
}
