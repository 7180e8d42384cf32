namespace PciBot.Updates;

/// <summary>
/// What the update card's buttons carry: the line the card is about and which card it is. Only ids, and every one
/// of them is checked again against the database when an action arrives; nothing here is trusted.
/// </summary>
internal sealed record ProgressActionData(string Verb, int TaskId, int UnitId, string PeriodKey, string CardId, string? Snooze = null)
{
    public ProgressActionData With(string verb, string? snooze = null) => this with { Verb = verb, Snooze = snooze };
}
