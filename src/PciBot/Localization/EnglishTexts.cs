using System.Globalization;

namespace PciBot.Localization;

internal sealed class EnglishTexts : BotTexts
{
    public override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-US");

    public override T Pick<T>(T vietnamese, T english) => english;

    public override string ShowMore => "Show more";

    public override string ShowLess => "Show less";

    public override string None => "—";

    public override string UnsupportedAction => "This action is not supported yet.";

    public override string FixErrors => "Not saved yet: please correct the fields marked below and send again.";

    /// <summary>"1 working day", "2 working days": a count with its noun, singular for one.</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");

    public override string SaveFailed => "PciBot could not save the update. Your entries are still on the card; please send again in a few minutes.";
}
