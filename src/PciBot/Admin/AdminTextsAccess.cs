using PciBot.Localization;

namespace PciBot.Admin;

internal static class AdminTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Admin in the language of <paramref name="texts"/>.</summary>
        public AdminTexts Admin => texts.Pick(AdminTexts.Vietnamese, AdminTexts.English);
    }
}
