namespace PciBot.Updates;

/// <summary>The verbs of the update card's Action.Execute buttons; also sent in the data for the Action.Submit fallback.</summary>
internal static class ProgressVerbs
{
    public const string Submit = "progress.submit";

    public const string Refresh = "progress.refresh";

    public const string Snooze = "progress.snooze";

    public const string Extend = "progress.extend";

    public static bool IsKnown(string? verb) => verb is Submit or Refresh or Snooze or Extend;
}
