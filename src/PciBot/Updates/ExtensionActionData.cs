namespace PciBot.Updates;

/// <summary>What the Office's buttons on a request carry: the request's id, checked again against the database when pressed.</summary>
internal sealed record ExtensionActionData(string Verb, long RequestId);
