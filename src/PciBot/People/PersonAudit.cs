using PciBot.Audit;

namespace PciBot.People;

/// <summary>Lets the features that know a <see cref="Person"/> audit in their name; the audit itself knows no person.</summary>
internal static class PersonAudit
{
    extension(AuditLog audit)
    {
        public void Record(Person actor, string action, string subject, string? before, string? after) =>
            audit.Record(new AuditActor(actor.AadObjectId, actor.Name), action, subject, before, after);
    }
}
