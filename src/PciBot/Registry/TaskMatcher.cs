using PciBot.Kit;

namespace PciBot.Registry;

/// <summary>
/// Finds the appendix tasks a question names by words of their text: "đối thoại với doanh nghiệp" is task 19, "ISO
/// 9001" task 2. The words are looked for in a row first, then anywhere in one task's text.
/// </summary>
internal sealed class TaskMatcher
{
    private readonly List<(TaskKey Key, string Text, HashSet<string> Words)> tasks;

    public TaskMatcher(IEnumerable<PlanTask> tasks)
    {
        this.tasks = [];
        foreach (var task in tasks.Where(t => !t.IsArchived).OrderBy(t => t.Family).ThenBy(t => t.Number))
        {
            var text = TextNormalizer.Normalize(task.Text);
            this.tasks.Add((task.Key, $" {text} ", text.Split(' ').ToHashSet(StringComparer.Ordinal)));
        }
    }

    public static TaskMatcher None { get; } = new([]);

    /// <summary>
    /// The tasks whose text holds the words in a row, or else, for three to eight different words, every one of them
    /// anywhere; empty when none does. Two words apart, or a long sentence, say too little of which task is meant.
    /// </summary>
    public IReadOnlyList<TaskKey> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count is 0 or > MaxWords)
        {
            return [];
        }

        var phrase = $" {string.Join(' ', words)} ";
        var inRow = tasks.Where(t => t.Text.Contains(phrase, StringComparison.Ordinal)).Select(t => t.Key).ToList();
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        return inRow.Count > 0 || distinct.Count is < 3 or > 8 ? inRow : tasks.Where(t => distinct.All(t.Words.Contains)).Select(t => t.Key).ToList();
    }

    private const int MaxWords = 16;
}
