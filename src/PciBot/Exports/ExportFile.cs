using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using PciBot.Calendar;

namespace PciBot.Exports;

/// <summary>
/// What a download link names: the rollup of a quarter ("rollup-2023-Q4.docx") or the year's draft report, which is
/// the rollup at the year's last cut-off ("year-2023.docx"), as Word or Excel. Generated at download from the data
/// as it is then; nothing is stored.
/// </summary>
internal sealed partial record ExportFile(string Name, ReportingPeriod Quarter, bool IsYear, bool IsWord)
{
    public string ContentType => IsWord ? RollupDocument.ContentType : RollupWorkbook.ContentType;

    public static ExportFile Rollup(ReportingPeriod quarter, bool word) =>
        new($"rollup-{quarter.Key}.{(word ? "docx" : "xlsx")}", quarter, IsYear: false, word);

    public static ExportFile Year(int year, bool word) =>
        new($"year-{year}.{(word ? "docx" : "xlsx")}", ReportingPeriods.Of(PeriodKind.Quarter, year, 4), IsYear: true, word);

    public static bool TryParse(string? name, [NotNullWhen(true)] out ExportFile? file)
    {
        file = null;
        var match = name is null ? Match.Empty : Pattern().Match(name);
        if (!match.Success)
        {
            return false;
        }

        var word = match.Groups["ext"].Value == "docx";
        if (match.Groups["quarter"].Success)
        {
            if (!ReportingPeriods.TryParse(match.Groups["quarter"].Value, out var quarter))
            {
                return false;
            }

            file = Rollup(quarter, word);
        }
        else
        {
            file = Year(int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), word);
        }

        return file.Name == name;
    }

    [GeneratedRegex(@"^(?:rollup-(?<quarter>\d{4}-Q[1-4])|year-(?<year>\d{4}))\.(?<ext>docx|xlsx)$")]
    private static partial Regex Pattern();
}
