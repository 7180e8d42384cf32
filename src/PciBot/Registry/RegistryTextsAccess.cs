using PciBot.Localization;

namespace PciBot.Registry;

internal static class RegistryTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Registry in the language of <paramref name="texts"/>.</summary>
        public RegistryTexts Registry => texts.Pick(RegistryTexts.Vietnamese, RegistryTexts.English);
    }
}
