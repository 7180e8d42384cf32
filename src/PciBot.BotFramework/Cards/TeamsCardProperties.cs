using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Cards;

/// <summary>The Teams-specific <c>msteams</c> member of a card.</summary>
public sealed class TeamsCardProperties
{
    /// <summary>The value of <see cref="Width"/> for a full-width card.</summary>
    public const string FullWidth = "Full";

    /// <summary><see cref="FullWidth"/> to use the whole width of the conversation.</summary>
    public string? Width { get; set; }

    /// <summary>The mentions used in the card's text as <c>&lt;at&gt;…&lt;/at&gt;</c>.</summary>
    public IList<Mention>? Entities { get; set; }
}
