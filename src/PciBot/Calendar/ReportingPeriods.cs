using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PciBot.Calendar;

// Decree 09/2019/NĐ-CP art. 12: every periodic report is cut off on the 14th, and its period starts on the 15th
// of the month the previous period ended in. A period therefore takes its name from the month of its cut-off,
// and a day from the 15th on already belongs to the period of the following month (20 Dec 2023 is in Q1 2024).
internal static class ReportingPeriods
{
    private const int CutOffDay = 14;

    public static int CountInYear(PeriodKind kind) => 12 / MonthsIn(kind);

    public static ReportingPeriod Of(PeriodKind kind, int year, int number)
    {
        if (year is < 2 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year is out of range.");
        }

        var count = CountInYear(kind);
        if (number < 1 || number > count)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"A {kind} period is numbered 1 to {count}.");
        }

        var months = MonthsIn(kind);
        var end = new DateOnly(year, number * months, CutOffDay);
        var start = end.AddDays(1).AddMonths(-months);
        return new ReportingPeriod(kind, year, number, start, end);
    }

    public static ReportingPeriod Containing(PeriodKind kind, DateOnly date)
    {
        var cutOffMonth = date.Day > CutOffDay ? date.AddMonths(1) : date;
        return Of(kind, cutOffMonth.Year, ((cutOffMonth.Month - 1) / MonthsIn(kind)) + 1);
    }

    public static ReportingPeriod Next(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Number == CountInYear(period.Kind)
            ? Of(period.Kind, period.Year + 1, 1)
            : Of(period.Kind, period.Year, period.Number + 1);
    }

    public static ReportingPeriod Previous(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Number == 1
            ? Of(period.Kind, period.Year - 1, CountInYear(period.Kind))
            : Of(period.Kind, period.Year, period.Number - 1);
    }

    public static IReadOnlyList<ReportingPeriod> InYear(PeriodKind kind, int year) =>
        Enumerable.Range(1, CountInYear(kind)).Select(number => Of(kind, year, number)).ToList();

    public static bool TryParse(string? key, [NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = ParseCandidate(key);
        if (period is null || period.Key != key)
        {
            period = null;
            return false;
        }

        return true;
    }

    // Accepts near-misses such as "2023-M1"; TryParse then insists on the canonical spelling.
    private static ReportingPeriod? ParseCandidate(string? key)
    {
        var parts = key?.Split('-') ?? [];
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 2 or > 9999)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return Of(PeriodKind.Year, year, 1);
        }

        PeriodKind? kind = parts[1].Length < 2 ? null : parts[1][0] switch
        {
            'M' => PeriodKind.Month,
            'Q' => PeriodKind.Quarter,
            'H' => PeriodKind.HalfYear,
            _ => null,
        };
        if (kind is null
            || !int.TryParse(parts[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1
            || number > CountInYear(kind.Value))
        {
            return null;
        }

        return Of(kind.Value, year, number);
    }

    private static int MonthsIn(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.HalfYear => 6,
        PeriodKind.Year => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };
}
