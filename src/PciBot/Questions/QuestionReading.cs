using PciBot.Calendar;
using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>
/// The parts of a question as <see cref="QuestionReader"/> found them: its intent, the slots it names, the readings
/// between which it cannot choose, and what it names but could not be read (in normalized words).
/// </summary>
internal sealed record QuestionReading
{
    public QuestionIntent Intent { get; init; }

    public TaskKey? Task { get; init; }

    /// <summary>The tasks words of their text could name, when they name more than one.</summary>
    public IReadOnlyList<TaskKey> Tasks { get; init; } = [];

    public string? UnitCode { get; init; }

    /// <summary>The units a name could be ("trung tâm"), when it could be more than one.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>The indices the words name: one, or several to choose from.</summary>
    public IReadOnlyList<string> Indices { get; init; } = [];

    public IndexFamily? Family { get; init; }

    /// <summary>The period named, or the periods it could be ("cuối năm": the year, or its fourth quarter).</summary>
    public IReadOnlyList<PeriodRef> Periods { get; init; } = [];

    public bool Mine { get; init; }

    public string? UnreadPeriod { get; init; }

    public string? UnreadUnit { get; init; }

    /// <summary>Whether words that could name something (two or more, not the question's own) were left unexplained.</summary>
    public bool Unexplained { get; init; }

    /// <summary>Whether anything was recognised at all: an intent or a slot.</summary>
    public bool Understood => Intent != QuestionIntent.None || Task is not null || Tasks.Count > 0 || UnitCode is not null || Units.Count > 0 || Indices.Count > 0
        || Family is not null || Periods.Count > 0 || Mine;
}
