namespace PciBot.Updates;

/// <summary>
/// What the update card's buttons carry: the line the card is about and which card it is. Only ids, and every one
/// of them is checked again against the database when an action arrives; nothing here is trusted. The submit button
/// also carries <see cref="BasedOn"/>, the number of the update the form showed, so that sending the form again after
/// an edit is a new update even when it brings back values sent before from the same card.
/// </summary>
internal sealed record ProgressActionData(string Verb, int TaskId, int UnitId, string PeriodKey, string CardId, string? Snooze = null, int? BasedOn = null)
{
    public ProgressActionData With(string verb, string? snooze = null) => this with { Verb = verb, Snooze = snooze };
}
