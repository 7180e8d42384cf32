namespace PciBot.Questions;

internal static class QuestionVerbs
{
    /// <summary>What every verb of the answers' buttons starts with.</summary>
    public const string Prefix = "questions.";

    /// <summary>The next page of an answer.</summary>
    public const string More = Prefix + "more";
}
