namespace PciBot.Audit;

/// <summary>Who made an audited change, as the audit keeps it: the person's Entra object id and the name shown then.</summary>
internal readonly record struct AuditActor(string AadObjectId, string Name);
