using PciBot.BotFramework.Cards;
using PciBot.Localization;

namespace PciBot.Messaging;

internal static class HelpCard
{
    public static AdaptiveCard Build(BotTexts texts) => new()
    {
        Lang = texts.Language,
        FallbackText = texts.Messaging.HelpIntro,
        Body =
        [
            new TextBlock { Text = texts.Messaging.HelpTitle, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = texts.Messaging.HelpIntro, Wrap = true, IsSubtle = true },
            new FactSet { Facts = texts.Messaging.HelpExamples.Select(e => new Fact(e.Example, e.Meaning)).ToList() },
        ],
    };
}
