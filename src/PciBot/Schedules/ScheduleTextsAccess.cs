using PciBot.Localization;

namespace PciBot.Schedules;

internal static class ScheduleTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Schedules in the language of <paramref name="texts"/>.</summary>
        public ScheduleTexts Schedules => texts.Pick(ScheduleTexts.Vietnamese, ScheduleTexts.English);
    }
}
