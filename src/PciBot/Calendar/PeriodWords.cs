using System.Globalization;

namespace PciBot.Calendar;

/// <summary>The numbers and offsets of periods written in words, Roman numerals or digits, as <see cref="PeriodGrammar"/> reads them.</summary>
internal static class PeriodWords
{
    /// <summary>The number a quarter or month is called by: "iv", "ba", "third", "chín", "march", "12".</summary>
    public static int Number(string word) => word switch
    {
        "i" or "mot" or "nhat" or "one" or "first" or "1st" or "gieng" or "january" or "jan" => 1,
        "ii" or "hai" or "two" or "second" or "2nd" or "february" or "feb" => 2,
        "iii" or "ba" or "three" or "third" or "3rd" or "march" or "mar" => 3,
        "iv" or "bon" or "tu" or "four" or "fourth" or "4th" or "april" or "apr" => 4,
        "nam" or "may" => 5,
        "sau" or "june" or "jun" => 6,
        "bay" or "july" or "jul" => 7,
        "tam" or "august" or "aug" => 8,
        "chin" or "september" or "sep" or "sept" => 9,
        "muoi" or "october" or "oct" => 10,
        "muoi mot" or "november" or "nov" => 11,
        "muoi hai" or "chap" or "december" or "dec" => 12,
        _ => int.Parse(word, NumberStyles.None, CultureInfo.InvariantCulture),
    };

    /// <summary>How many periods from the current one a word means: "sau", "next" +1; "trước", "ngoái", "last" −1; else 0.</summary>
    public static int Offset(string word) => word switch
    {
        "sau" or "toi" or "tiep theo" or "ke tiep" or "next" or "coming" => 1,
        "truoc" or "vua qua" or "vua roi" or "roi" or "qua" or "ngoai" or "last" or "previous" or "past" => -1,
        _ => 0,
    };

    public static int Year(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
