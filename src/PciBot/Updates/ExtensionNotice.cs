namespace PciBot.Updates;

/// <summary>A request for a later deadline as the Office's notice carries it (the outbox row's payload).</summary>
internal sealed record ExtensionNotice(int TaskId, int UnitId, string PeriodKey, int PersonId, DateOnly CutOff, DateOnly Until, string Reason);
