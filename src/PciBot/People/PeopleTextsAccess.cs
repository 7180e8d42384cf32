using PciBot.Localization;

namespace PciBot.People;

internal static class PeopleTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of People in the language of <paramref name="texts"/>.</summary>
        public PeopleTexts People => texts.Pick(PeopleTexts.Vietnamese, PeopleTexts.English);
    }
}
