namespace PciBot.Questions;

internal static class QuestionVerbs
{
    /// <summary>The next page of an answer.</summary>
    public const string More = "questions.more";
}
