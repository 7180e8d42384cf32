using PciBot.Kit;
using PciBot.Questions;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Questions;

/// <summary>
/// Every phrasing of <c>questions-corpus.tsv</c> read through the chat parser, with every grammar registered and the
/// seeded plan's units and indices, on 20/11/2023 (Vietnam): each must give its intent and exactly its slots. The
/// test lists every miss, not only the first.
/// </summary>
public sealed class QuestionCorpusTests
{
    private static readonly DateOnly Today = new(2023, 11, 20);

    private static readonly string CorpusFile = Path.Combine(RepositoryRoot.Path, "tests", "PciBot.Tests", "Questions", "questions-corpus.tsv");

    private static IEnumerable<(int Line, string Phrasing, string Intent, string Slots)> Rows() =>
        File.ReadLines(CorpusFile)
            .Select((line, i) => (Line: i + 1, Text: line))
            .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'))
            .Select(l => l.Text.Split('\t'))
            .Select((cells, i) => cells.Length is 2 or 3
                ? (0, cells[0], cells[1].Trim(), QuestionDescription.Canonical(cells.Length == 3 ? cells[2] : ""))
                : throw new InvalidDataException($"{CorpusFile}: a row needs a phrasing, an intent and slots, tab-separated: {string.Join(" | ", cells)}"));

    [Fact]
    public async Task EveryPhrasingOfTheCorpusGivesItsIntentAndSlots()
    {
        var rows = Rows().ToList();
        var misses = new List<string>();
        foreach (var (_, phrasing, intent, slots) in rows)
        {
            var command = await ChatGrammars.ParseAsync(phrasing, SeedMatchers.Units, SeedMatchers.Indices, SeedMatchers.Tasks);
            var actual = QuestionDescription.Of(command, Today);
            if (actual != (intent, slots))
            {
                misses.Add($"{phrasing}\t{actual.Intent}\t{actual.Slots}\t(expected {intent}\t{slots})");
            }
        }

        Assert.True(rows.Count >= 300, $"The corpus holds {rows.Count} phrasings; it should hold at least 300.");
        Assert.True(misses.Count == 0, $"{misses.Count} of {rows.Count} phrasings were misread:\n{string.Join('\n', misses)}");
    }

    [Fact]
    public async Task EveryReadingABotButtonOffersIsReadBackAsExactlyThatQuestion()
    {
        var misses = new List<string>();
        foreach (var (_, phrasing, _, _) in Rows())
        {
            var command = await ChatGrammars.ParseAsync(phrasing, SeedMatchers.Units, SeedMatchers.Indices, SeedMatchers.Tasks);
            IEnumerable<ChatCommand> readings = command switch
            {
                ChoiceCommand choice => choice.Readings,
                UnreadCommand or UnknownCommand => [],
                _ when QuestionText.Of(command, Today) is { Length: > 0 } => [command],
                _ => [],
            };
            foreach (var reading in readings)
            {
                var text = QuestionText.Of(reading, Today);
                var again = await ChatGrammars.ParseAsync(text, SeedMatchers.Units, SeedMatchers.Indices, SeedMatchers.Tasks);
                if (QuestionDescription.Of(again, Today) != QuestionDescription.Of(reading, Today))
                {
                    misses.Add($"{phrasing} → \"{text}\": {QuestionDescription.Of(again, Today)} instead of {QuestionDescription.Of(reading, Today)}");
                }
            }
        }

        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }
}
