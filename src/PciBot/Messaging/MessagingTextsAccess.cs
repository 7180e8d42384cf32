using PciBot.Localization;

namespace PciBot.Messaging;

internal static class MessagingTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Messaging in the language of <paramref name="texts"/>.</summary>
        public MessagingTexts Messaging => texts.Pick(MessagingTexts.Vietnamese, MessagingTexts.English);
    }
}
