using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Kit;
using PciBot.Localization;
using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>
/// The card for a question the bot will not guess at: one button per reading of a question with several, or, for a
/// question naming a period or unit it could not read, what it read and the same question with periods or units it
/// reads. Every button sends a question that has only one reading.
/// </summary>
internal static class QuestionChoices
{
    public static AdaptiveCard Card(ChatCommand command, string said, PlanSnapshot shared, DateOnly today, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(texts);
        switch (command)
        {
            case ChoiceCommand choice:
                return ChoiceCard.Build(texts.Questions.SeveralReadings, Buttons(choice.Readings, shared, today, texts), texts);
            case UnreadCommand unread:
                var read = QuestionTitles.Of(unread.Reading, shared, today, texts, withPeriod: unread.Slot != QuestionSlot.Period);
                var text = $"{texts.Questions.ReadButNot(read, unread.Slot, TextNormalizer.AsTyped(said, unread.Words))} {texts.Questions.TryOneOf}";
                return ChoiceCard.Build(text, Buttons(Alternatives(unread, shared), shared, today, texts), texts);
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command, "Only a choice or an unread part is asked about with buttons.");
        }
    }

    private static List<(string Label, string Question)> Buttons(IEnumerable<ChatCommand> readings, PlanSnapshot shared, DateOnly today, BotTexts texts) =>
        readings.Select(r => (QuestionTitles.Of(r, shared, today, texts), QuestionText.Of(r, today))).DistinctBy(b => b.Item2).ToList();

    // The question with the periods people ask about most, or with the department's own units whose names look most
    // like the words typed, as many as a card shows buttons.
    private static IEnumerable<ChatCommand> Alternatives(UnreadCommand unread, PlanSnapshot shared) => unread.Slot == QuestionSlot.Period
        ? new PeriodRef[] { PeriodRef.ThisQuarter, new(PeriodKind.Quarter, 1), new(PeriodKind.Month), new(PeriodKind.Year) }.Select(p => WithPeriod(unread.Reading, p))
        : shared.Units.Where(u => u.Internal && u.Kind == UnitKind.Unit)
            .OrderByDescending(u => Likeness(unread.Words, TextNormalizer.Normalize(u.FullName)))
            .ThenBy(u => u.Code, StringComparer.Ordinal)
            .Take(ChoiceCard.MaxButtons)
            .Select(u => WithUnit(unread.Reading, u.Code));

    // How many pairs of letters in a row the two texts share.
    private static int Likeness(string typed, string name)
    {
        var pairs = Enumerable.Range(0, Math.Max(0, name.Length - 1)).Select(i => name.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, Math.Max(0, typed.Length - 1)).Count(i => pairs.Contains(typed.Substring(i, 2)));
    }

    private static ChatCommand WithPeriod(ChatCommand reading, PeriodRef period) => reading switch
    {
        DueInPeriodCommand due => due with { Period = period },
        OverdueCommand overdue => overdue with { Period = period },
        NotReportedCommand notReported => notReported with { Period = period },
        _ => new DueInPeriodCommand(period, QuestionScope.All),
    };

    private static ChatCommand WithUnit(ChatCommand reading, string code) => reading switch
    {
        DueInPeriodCommand due => due with { Scope = due.Scope with { UnitCode = code, Mine = false } },
        OverdueCommand overdue => overdue with { Scope = overdue.Scope with { UnitCode = code, Mine = false } },
        NotReportedCommand notReported => notReported with { Scope = notReported.Scope with { UnitCode = code, Mine = false } },
        ListTasksCommand list => list with { UnitCode = code },
        _ => new ListTasksCommand(UnitCode: code),
    };
}
