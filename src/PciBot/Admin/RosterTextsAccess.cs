using PciBot.Localization;

namespace PciBot.Admin;

internal static class RosterTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of the roster and readiness in the language of <paramref name="texts"/>.</summary>
        public RosterTexts Roster => texts.Pick(RosterTexts.Vietnamese, RosterTexts.English);
    }
}
