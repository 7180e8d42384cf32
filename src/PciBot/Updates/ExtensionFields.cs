namespace PciBot.Updates;

/// <summary>The ids of the inputs on the Office's card for a request for more time.</summary>
internal static class ExtensionFields
{
    public const string GrantUntil = "grantUntil";

    public const string DeclineReason = "declineReason";
}
