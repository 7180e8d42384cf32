namespace PciBot.Updates;

/// <summary>
/// A request for a later deadline as the Office's notice carries it (the outbox row's payload). Notices queued before
/// requests were stored have no <paramref name="RequestId"/>, and are drawn without the Office's buttons.
/// </summary>
internal sealed record ExtensionNotice(int TaskId, int UnitId, string PeriodKey, int PersonId, DateOnly CutOff, DateOnly Until, string Reason, long? RequestId = null);
