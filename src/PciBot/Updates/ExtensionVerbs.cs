namespace PciBot.Updates;

/// <summary>The verbs of the Office's buttons on a request for more time; also sent in the data for the Action.Submit fallback.</summary>
internal static class ExtensionVerbs
{
    /// <summary>What every verb of the request card starts with.</summary>
    public const string Prefix = "extension.";

    public const string Approve = Prefix + "approve";

    public const string Decline = Prefix + "decline";

    public static bool IsKnown(string? verb) => verb is Approve or Decline;
}
