namespace PciBot.Admin;

/// <summary>The verbs of the roster and readiness cards' buttons.</summary>
internal static class RosterVerbs
{
    public const string Prefix = "roster.";
    public const string Apply = "roster.apply";
    public const string Discard = "roster.discard";
    public const string Readiness = "roster.readiness";

    public static readonly IReadOnlyList<string> All = [Apply, Discard, Readiness];
}
