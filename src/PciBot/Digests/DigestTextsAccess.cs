using PciBot.Localization;

namespace PciBot.Digests;

internal static class DigestTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Digests in the language of <paramref name="texts"/>.</summary>
        public DigestTexts Digests => texts.Pick(DigestTexts.Vietnamese, DigestTexts.English);
    }
}
