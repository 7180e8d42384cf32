namespace PciBot.Digests;

/// <summary>
/// The verbs of the Office's card buttons. They are Action.Submit buttons: the answer comes as a reply, so the digest or
/// rollup card stays as it was for everyone.
/// </summary>
internal static class OfficeVerbs
{
    /// <summary>What every verb of the Office's cards starts with.</summary>
    public const string Prefix = "office.";

    public const string OpenTask = Prefix + "open";

    public const string Nudge = Prefix + "nudge";

    public const string Export = Prefix + "export";

    public static bool IsKnown(string? verb) => verb is OpenTask or Nudge or Export;

    public static object Open(int taskId) => new { verb = OpenTask, taskId };

    public static object NudgeLine(DigestOverdue line, long digestId) =>
        new { verb = Nudge, taskId = line.TaskId, unitId = line.UnitId, periodKey = line.PeriodKey, digest = digestId };

    public static object Download(string report) => new { verb = Export, report };
}
