namespace PciBot.Kit.Cards;

/// <summary>How values read on a card, the same on every card.</summary>
internal static class CardFormat
{
    /// <summary>The first sentence or so of a task, for lists.</summary>
    public static string Short(string text, int length = 140) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, text.LastIndexOf(' ', length) is > 40 and var cut ? cut : length), "…");
}
