namespace PciBot.Questions;

/// <summary>A part of a question that names something: what a question may name and the bot fail to read.</summary>
internal enum QuestionSlot
{
    Period,
    Unit,
}
