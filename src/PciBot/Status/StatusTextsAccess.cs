using PciBot.Localization;

namespace PciBot.Status;

internal static class StatusTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Status in the language of <paramref name="texts"/>.</summary>
        public StatusTexts Status => texts.Pick(StatusTexts.Vietnamese, StatusTexts.English);
    }
}
