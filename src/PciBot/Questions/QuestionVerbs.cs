namespace PciBot.Questions;

internal static class QuestionVerbs
{
    /// <summary>What every verb of the answers' buttons starts with.</summary>
    public const string Prefix = "questions.";

    /// <summary>The next page of an answer.</summary>
    public const string More = Prefix + "more";

    /// <summary>One reading of a question that had several, or the question with a part the bot reads.</summary>
    public const string Ask = Prefix + "ask";
}
