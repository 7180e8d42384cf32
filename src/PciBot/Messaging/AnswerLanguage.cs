using PciBot.BotFramework.Schema;
using PciBot.Localization;

namespace PciBot.Messaging;

/// <summary>
/// Decides the language of the bot's answer to an activity before any handler sees it. Words follow the language they
/// are written in; a card press or a welcome, which carry none, follow the language the person last wrote in; words
/// that say nothing ("19", "PGI 2") and people who never wrote follow the Teams locale.
/// </summary>
/// <remarks>
/// The decision is written into the activity's locale, which every feature's handler already reads for its texts: the
/// Teams locale has been stored by then (the observers run first), and the reply carries the locale it is written in.
/// </remarks>
internal sealed class AnswerLanguage(IRememberedLanguage remembered)
{
    public static void FollowWords(Activity activity, string said)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (LanguageDetector.Detect(said) is { } written)
        {
            activity.Locale = written.Culture.Name;
        }
    }

    public async Task FollowPersonAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (await remembered.FindAsync(activity.From?.AadObjectId, ct) is { } language)
        {
            activity.Locale = BotTexts.For(language).Culture.Name;
        }
    }
}
