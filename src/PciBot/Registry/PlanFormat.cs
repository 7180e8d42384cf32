using PciBot.Localization;

namespace PciBot.Registry;

/// <summary>How the plan's indices and units read on a card, in the card's language.</summary>
internal static class PlanFormat
{
    public static string IndexLine(PlanIndex index, BotTexts texts)
    {
        var weight = index.WeightPercent is { } w ? $" · {texts.Registry.Weight} {texts.Number(w)}%" : "";
        return $"{index.Code} {index.Name}{weight}";
    }

    public static string Units(IEnumerable<Unit> units, BotTexts texts)
    {
        var names = units.Select(u => u.Name).ToList();
        return names.Count == 0 ? texts.None : string.Join(", ", names);
    }
}
