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

    public static bool IsKnown(string? verb) => verb is Submit or Refresh or Snooze or Extend or Edit;
}
