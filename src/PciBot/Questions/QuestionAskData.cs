namespace PciBot.Questions;

/// <summary>
/// What a button that picks one reading of a question carries: the question written so that it has only that
/// reading (<see cref="QuestionText"/>). Pressed, it is asked as if typed.
/// </summary>
internal sealed record QuestionAskData(string Verb, string Question);
