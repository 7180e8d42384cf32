using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>What Questions says, one subclass per language; reached as <c>texts.Questions</c>.</summary>
internal abstract class QuestionTexts
{
    public static QuestionTexts Vietnamese { get; } = new VietnameseQuestionTexts();

    public static QuestionTexts English { get; } = new EnglishQuestionTexts();

    public abstract string Timeline { get; }

    public abstract string Deadline { get; }

    public abstract string Period { get; }

    public abstract string Condition { get; }

    public abstract string ConditionMet { get; }

    public abstract string TaskListTitle(int count, string? filter);

    public abstract string NoTasks { get; }

    public abstract string CadenceName(Cadence cadence);

    public abstract string MoreTasks(int count);

    /// <summary>The title of "việc của tôi": whose tasks, by the units named.</summary>
    public abstract string YourTasks(string units);

    public abstract string NotAssignedYet { get; }

    /// <summary>The title of "what's due": the period (null when it could not be read), and the scope when the question named one.</summary>
    public abstract string DueIn(string? period, string? scope);

    /// <summary>The title of "what is overdue" in a period the question named.</summary>
    public abstract string OverdueIn(string period);

    /// <summary>An answer's title with what the question narrowed it to: a task, a unit, an index, the asker's units.</summary>
    public static string WithScope(string title, string? scope) => scope is null ? title : $"{title} — {scope}";

    /// <summary>The asker's own units, in a label that cannot name them yet.</summary>
    public abstract string YourUnits { get; }

    /// <summary>Above the buttons of a question with several readings.</summary>
    public abstract string SeveralReadings { get; }

    /// <summary>What a question was read as, and the words of a part of it that could not be read.</summary>
    public abstract string ReadButNot(string read, QuestionSlot slot, string words);

    /// <summary>Above the buttons that ask the question with a part the bot reads.</summary>
    public abstract string TryOneOf { get; }

    /// <summary>The overdue question's title, with the two reporting quarters it covers.</summary>
    public abstract string OverdueTitle(string previousQuarter, string currentQuarter);

    /// <summary>What a list of tasks with their status covers: each task's current period.</summary>
    public abstract string CurrentScope { get; }

    /// <summary>Overdue lines of earlier periods a list of tasks leaves out, and the question that lists them.</summary>
    public abstract string EarlierOverdue(int lines, int tasks, string question);

    /// <summary>The overdue question, about one unit when <paramref name="unit"/> names it.</summary>
    public abstract string OverdueQuestion(string? unit);

    /// <summary>How many lines (a unit's report on a task for a period) have a status, and how many tasks they belong to.</summary>
    public abstract string LineCount(string status, int lines, int tasks);

    public abstract string OverdueUnits(string units);

    public abstract string StillOverdue { get; }

    public abstract string NotReportedTitle(string period);

    public abstract string NotReportedOnlyOffice { get; }

    public abstract string EveryoneReported { get; }

    public abstract string TasksOf(string what);

    public abstract string UpdateButton { get; }

    public abstract string MoreButton(int remaining);

    public abstract string PageLabel(int page, int pages);

    public string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(BotTexts.Quoted(suggestions));

    protected abstract string DidYouMean(string quoted);

    public abstract string ReportedCount(int reported, int total);

    public abstract string NothingToReport { get; }

    public abstract string ThisPeriod { get; }

    public static string FamilyName(IndexFamily family) => family == IndexFamily.Pci ? "PCI" : "PGI";

    /// <summary>This feature's lines of the help card.</summary>
    public abstract IReadOnlyList<HelpTopic> Help { get; }
}
