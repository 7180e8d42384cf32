namespace PciBot.Updates;

/// <summary>The verbs of the update card's Action.Execute buttons; also sent in the data for the Action.Submit fallback.</summary>
internal static class ProgressVerbs
{
    /// <summary>What every verb of the update card starts with.</summary>
    public const string Prefix = "progress.";

    public const string Submit = Prefix + "submit";

    public const string Refresh = Prefix + "refresh";

    public const string Snooze = Prefix + "snooze";

    public const string Extend = Prefix + "extend";

    public const string Edit = Prefix + "edit";

    /// <summary>
    /// An "update" button on another card (an answer list, a reminder listing several lines): opens the update card
    /// of one line, or of every line of the task the presser answers for. Its data is <see cref="ProgressOpenData"/>.
    /// </summary>
    public const string Open = Prefix + "open";

    public static bool IsKnown(string? verb) => verb is Submit or Refresh or Snooze or Extend or Edit;
}
