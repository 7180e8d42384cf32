using PciBot.Localization;

namespace PciBot.Calendar;

internal static class CalendarTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Calendar in the language of <paramref name="texts"/>.</summary>
        public CalendarTexts Calendar => texts.Pick(CalendarTexts.Vietnamese, CalendarTexts.English);
    }
}
