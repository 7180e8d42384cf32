namespace PciBot.Updates;

/// <summary>What a submit from a form did: saved, a duplicate of one saved, refused, or invalid with each refused field's reason keyed by its input id.</summary>
internal sealed record ProgressSubmitOutcome(CardActionResult Result, IReadOnlyDictionary<string, string> Errors);
