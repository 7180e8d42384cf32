using System.Globalization;

namespace PciBot.Localization;

/// <summary>
/// The language of one conversation or person, and what every folder shares: dates, moments, numbers and generic
/// words. Each folder keeps its own phrases in its own text classes, reached through an extension property.
/// </summary>
internal abstract class BotTexts
{
    public static BotTexts Vietnamese { get; } = new VietnameseTexts();

    public static BotTexts English { get; } = new EnglishTexts();

    /// <summary>Vietnamese unless the Teams locale is English ("en", "en-US", …).</summary>
    public static BotTexts For(string? locale) =>
        locale is not null && (locale.Equals("en", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            ? English
            : Vietnamese;

    /// <summary>vi-VN or en-US: formats numbers and names the language of the cards.</summary>
    public abstract CultureInfo Culture { get; }

    /// <summary>The card language, "vi" or "en".</summary>
    public string Language => Culture.TwoLetterISOLanguageName;

    /// <summary>Picks the value that belongs to this language; the folders' text properties rest on it.</summary>
    public abstract T Pick<T>(T vietnamese, T english);

    public abstract string ShowMore { get; }

    public abstract string ShowLess { get; }

    public abstract string None { get; }

    public abstract string UnsupportedAction { get; }

    public abstract string FixErrors { get; }

    public abstract string SaveFailed { get; }

    /// <summary>A plan value (weight, score) with up to two decimals, written as the language writes numbers.</summary>
    public string Number(decimal value) => value.ToString("0.##", Culture);

    /// <summary>Commands or questions to type, each in quotes, as a list.</summary>
    public static string Quoted(IEnumerable<string> items) => string.Join(", ", items.Select(item => $"\"{item}\""));

    /// <summary>Dates read dd/MM/yyyy in both languages, as Vietnamese documents write them.</summary>
    public static string Date(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);
}
