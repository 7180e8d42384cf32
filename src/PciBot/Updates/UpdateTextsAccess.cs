using PciBot.Localization;

namespace PciBot.Updates;

internal static class UpdateTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Updates in the language of <paramref name="texts"/>.</summary>
        public UpdateTexts Updates => texts.Pick(UpdateTexts.Vietnamese, UpdateTexts.English);
    }
}
