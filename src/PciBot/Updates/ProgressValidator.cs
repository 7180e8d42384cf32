using System.Globalization;
using PciBot.Localization;

namespace PciBot.Updates;

/// <summary>Checks what was entered on the card. Each refused field gets a message keyed by its input id.</summary>
internal static class ProgressValidator
{
    private static readonly Dictionary<string, ProgressStatus> Statuses =
        Enum.GetValues<ProgressStatus>().ToDictionary(s => s.ToString(), StringComparer.OrdinalIgnoreCase);

    public static ProgressValues? Check(ProgressInput input, BotTexts texts, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);

        ProgressStatus? status = Trimmed(input.Status) is { } name && Statuses.TryGetValue(name, out var known) ? known : null;
        if (status is null)
        {
            errors[ProgressFields.Status] = texts.Updates.StatusRequired;
        }

        int? percent = null;
        if (Trimmed(input.Percent) is { } entered)
        {
            if (decimal.TryParse(entered, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number <= 100)
            {
                percent = (int)Math.Round(number, MidpointRounding.AwayFromZero);
            }
            else
            {
                errors[ProgressFields.Percent] = texts.Updates.PercentInvalid;
            }
        }

        var result = FreeText(input.Result, ProgressFields.Result, texts, errors);
        var obstacles = FreeText(input.Obstacles, ProgressFields.Obstacles, texts, errors);
        var evidence = Trimmed(input.Evidence);
        if (evidence is not null && !IsWebLink(evidence))
        {
            errors[ProgressFields.Evidence] = evidence.Length > ProgressFields.MaxTextLength ? texts.Updates.TooLong(ProgressFields.MaxTextLength) : texts.Updates.LinkInvalid;
        }

        return errors.Count == 0 ? new ProgressValues(status!.Value, percent, result, obstacles, evidence) : null;
    }

    /// <summary>A request for a later deadline: a date on or after <paramref name="notBefore"/> and a reason.</summary>
    public static ExtensionValues? CheckExtension(ProgressInput input, DateOnly notBefore, BotTexts texts, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);

        DateOnly? until = null;
        if (Trimmed(input.ExtendTo) is not { } entered || !DateOnly.TryParseExact(entered, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[ProgressFields.ExtendTo] = texts.Updates.ExtensionDateRequired;
        }
        else if (date < notBefore)
        {
            errors[ProgressFields.ExtendTo] = texts.Updates.ExtensionDateTooEarly(notBefore);
        }
        else
        {
            until = date;
        }

        var reason = FreeText(input.ExtendReason, ProgressFields.ExtendReason, texts, errors);
        if (reason is null && !errors.ContainsKey(ProgressFields.ExtendReason))
        {
            errors[ProgressFields.ExtendReason] = texts.Updates.ExtensionReasonRequired;
        }

        return errors.Count == 0 ? new ExtensionValues(until!.Value, reason!) : null;
    }

    private static string? FreeText(string? text, string field, BotTexts texts, IDictionary<string, string> errors)
    {
        var trimmed = Trimmed(text)?.ReplaceLineEndings("\n");
        if (trimmed is { Length: > ProgressFields.MaxTextLength })
        {
            errors[field] = texts.Updates.TooLong(ProgressFields.MaxTextLength);
            return null;
        }

        return trimmed;
    }

    private static bool IsWebLink(string text) =>
        text.Length <= ProgressFields.MaxTextLength
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && !text.Any(char.IsWhiteSpace);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
