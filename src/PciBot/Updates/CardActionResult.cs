namespace PciBot.Updates;

internal enum CardActionResult
{
    /// <summary>The card was shown again as it stands (a refresh).</summary>
    Shown,

    /// <summary>A new update was stored.</summary>
    Saved,

    /// <summary>The same submit had already been stored; nothing new was.</summary>
    Duplicate,

    /// <summary>Something entered was refused; the card comes back with the entries and the reasons.</summary>
    Invalid,

    /// <summary>The person may not act on this line, or the card's ids name none; nothing was stored.</summary>
    Refused,

    Snoozed,

    ExtensionRequested,
}
