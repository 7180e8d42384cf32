using PciBot.Updates;

namespace PciBot.Dashboard;

/// <summary>
/// The update form of one line (unit × period) the viewer may update: the form's id (the card id of the update
/// ledger, so the same form sent twice is stored once), the update it showed, what is in its fields and the refused
/// fields' reasons, keyed by input id.
/// </summary>
internal sealed record LineForm(int UnitId, string UnitName, string PeriodKey, string FormId, int? BasedOn, ProgressInput Input, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>The prefix of this form's element ids, unique on the page.</summary>
    public string Prefix => $"u{UnitId}-{PeriodKey}";

    public string Id(string field) => $"{Prefix}-{field}";

    public bool IsOpen => Errors.Count > 0;

    /// <summary>The refused fields' reasons keyed by element id, for <c>Problem</c>.</summary>
    public IReadOnlyDictionary<string, string> ErrorsById => Errors.ToDictionary(e => Id(e.Key), e => e.Value, StringComparer.Ordinal);
}
