using PciBot.BotFramework.Cards;
using PciBot.Localization;

namespace PciBot.Questions;

/// <summary>
/// A short card that asks rather than guesses: a sentence, then one button per question it could be, each an
/// Action.Submit that sends that question back written so it has only that reading.
/// </summary>
internal static class ChoiceCard
{
    /// <summary>The most buttons a card shows: Teams renders five actions on a card.</summary>
    public const int MaxButtons = 5;

    public static AdaptiveCard Build(string text, IReadOnlyList<(string Label, string Question)> choices, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(texts);
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = $"{text} {BotTexts.Quoted(choices.Select(c => c.Label))}",
            Body = [new TextBlock { Text = text, Wrap = true }],
            Actions = choices
                .Take(MaxButtons)
                .Select(c => (CardAction)new ActionSubmit { Title = c.Label, Data = new QuestionAskData(QuestionVerbs.Ask, c.Question) })
                .ToList(),
        };
    }
}
