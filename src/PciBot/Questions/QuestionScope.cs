using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>
/// What a question narrows its answer to, each part as it was named: one task, one unit, one index or family, or
/// the asker's own units ("của tôi", "phòng em", "my"). An answer uses every part it is given and names it in its title.
/// </summary>
internal sealed record QuestionScope(TaskKey? Task = null, string? UnitCode = null, string? IndexCode = null, IndexFamily? Family = null, bool Mine = false)
{
    public static QuestionScope All { get; } = new();

    public bool IsAll => this == All;
}
