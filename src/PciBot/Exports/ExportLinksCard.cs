using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Localization;
using PciBot.People;

namespace PciBot.Exports;

/// <summary>The Word and Excel links of a report, signed for one person of the Office.</summary>
internal static class ExportLinksCard
{
    public static IReadOnlyList<CardAction> Actions(ExportLinks links, string report, Person person, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(texts);
        return
        [
            new ActionOpenUrl { Title = texts.Exports.DownloadWord, Url = links.For(Parse($"{report}.docx"), person).Link },
            new ActionOpenUrl { Title = texts.Exports.DownloadExcel, Url = links.For(Parse($"{report}.xlsx"), person).Link },
        ];
    }

    /// <summary>The card for a report named as in its files ("rollup-2023-Q4", "year-2023"), titled with its period.</summary>
    public static AdaptiveCard Build(ExportLinks links, string report, Person person, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Build(links, report, What(report, texts), person, texts);
    }

    /// <summary>The period a report covers, as its title says it: a quarter, or the year of a year-end report.</summary>
    public static string What(string report, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var file = Parse($"{report}.docx");
        return texts.Calendar.PeriodLabel(file.IsYear ? ReportingPeriods.Of(PeriodKind.Year, file.Quarter.Year, 1) : file.Quarter);
    }

    private static AdaptiveCard Build(ExportLinks links, string report, string what, Person person, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(texts);
        var (_, expires) = links.For(Parse($"{report}.docx"), person);
        var title = texts.Exports.DownloadTitle(what);
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = title,
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = texts.Exports.DownloadIntro(expires), Wrap = true, IsSubtle = true },
            ],
            Actions = [.. Actions(links, report, person, texts)],
        };
    }

    private static ExportFile Parse(string name) =>
        ExportFile.TryParse(name, out var file) ? file : throw new ArgumentException($"'{name}' names no report.", nameof(name));
}
