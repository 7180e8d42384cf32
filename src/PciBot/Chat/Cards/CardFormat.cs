using System.Globalization;
using PciBot.Localization;
using PciBot.Registry;

namespace PciBot.Chat.Cards;

/// <summary>How plan values read on a card, the same on every card.</summary>
internal static class CardFormat
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(decimal value, BotTexts texts) =>
        value.ToString("0.##", texts.Language == "vi" ? Vietnamese : CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => BotTexts.Date(date);

    public static string IndexLine(PlanIndex index, BotTexts texts)
    {
        var weight = index.WeightPercent is { } w ? $" · {texts.Weight} {Number(w, texts)}%" : "";
        return $"{index.Code} {index.Name}{weight}";
    }

    public static string Units(IEnumerable<Unit> units, BotTexts texts)
    {
        var names = units.Select(u => u.Name).ToList();
        return names.Count == 0 ? texts.None : string.Join(", ", names);
    }

    /// <summary>The first sentence or so of a task, for lists.</summary>
    public static string Short(string text, int length = 140) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, text.LastIndexOf(' ', length) is > 40 and var cut ? cut : length), "…");
}
