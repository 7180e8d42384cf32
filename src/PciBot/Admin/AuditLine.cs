namespace PciBot.Admin;

/// <summary>An audit row in words: when, who, what was done to what, and the fields it changed.</summary>
internal sealed record AuditLine(DateTimeOffset At, string ActorName, string Action, string Subject, string Change);
