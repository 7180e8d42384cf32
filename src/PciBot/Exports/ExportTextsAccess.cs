using PciBot.Localization;

namespace PciBot.Exports;

internal static class ExportTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Exports in the language of <paramref name="texts"/>.</summary>
        public ExportTexts Exports => texts.Pick(ExportTexts.Vietnamese, ExportTexts.English);
    }
}
