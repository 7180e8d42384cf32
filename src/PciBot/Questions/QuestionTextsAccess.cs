using PciBot.Localization;

namespace PciBot.Questions;

internal static class QuestionTextsAccess
{
    extension(BotTexts texts)
    {
        /// <summary>The phrases of Questions in the language of <paramref name="texts"/>.</summary>
        public QuestionTexts Questions => texts.Pick(QuestionTexts.Vietnamese, QuestionTexts.English);
    }
}
