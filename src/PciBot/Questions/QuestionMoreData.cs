namespace PciBot.Questions;

/// <summary>What the "more" button carries: the question as normalized text and the page to show. Nothing else is trusted.</summary>
internal sealed record QuestionMoreData(string Verb, string Question, int Page);
