namespace PciBot.Updates;

/// <summary>The ids of the update card's inputs: the keys under which Teams sends what was entered.</summary>
internal static class ProgressFields
{
    public const string Status = "status";

    public const string Percent = "percent";

    public const string Result = "result";

    public const string Obstacles = "obstacles";

    public const string Evidence = "evidence";

    public const string ExtendTo = "extendTo";

    public const string ExtendReason = "extendReason";

    /// <summary>The longest text accepted in a free-text field: about a page, far more than a card line needs.</summary>
    public const int MaxTextLength = 2000;
}
