using PciBot.Localization;

namespace PciBot.Dashboard;

internal static class DashboardTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of the dashboard in the language of <paramref name="texts"/>.</summary>
        public DashboardTexts Dashboard => texts.Pick(DashboardTexts.Vietnamese, DashboardTexts.English);
    }
}
