using PciBot.Localization;

namespace PciBot.Reminders;

internal static class ReminderTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Reminders in the language of <paramref name="texts"/>.</summary>
        public ReminderTexts Reminders => texts.Pick(ReminderTexts.Vietnamese, ReminderTexts.English);
    }
}
