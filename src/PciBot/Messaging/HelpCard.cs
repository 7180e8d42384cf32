using PciBot.BotFramework.Cards;
using PciBot.Kit.Roles;
using PciBot.Localization;

namespace PciBot.Messaging;

/// <summary>The commands each person may use, in one section per role they have.</summary>
internal static class HelpCard
{
    public static AdaptiveCard Build(BotTexts texts, IEnumerable<HelpTopic> topics, IRoleHolder? person)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(topics);
        var body = new List<CardElement>
        {
            new TextBlock { Text = texts.Messaging.HelpTitle, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = texts.Messaging.HelpIntro, Wrap = true, IsSubtle = true },
        };
        foreach (var section in topics.Where(t => Sees(person, t.Audience)).GroupBy(t => t.Audience).OrderBy(g => g.Key))
        {
            body.Add(new TextBlock { Text = texts.Messaging.HelpSection(section.Key), Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium });
            body.Add(new FactSet { Facts = section.Select(t => new Fact(t.Example, t.Meaning)).ToList() });
        }

        if (person is null || !(person.HasUnits || person.IsOfficeOrAdmin))
        {
            body.Add(new TextBlock { Text = texts.Messaging.HelpWithoutRole, Wrap = true, IsSubtle = true, Separator = true });
        }

        return new AdaptiveCard { Lang = texts.Language, FallbackText = texts.Messaging.HelpIntro, Body = body };
    }

    private static bool Sees(IRoleHolder? person, HelpAudience audience) => audience switch
    {
        HelpAudience.Everyone => true,
        HelpAudience.UnitMember => person is { HasUnits: true } || person.IsOfficeOrAdmin,
        HelpAudience.Office => person.IsOfficeOrAdmin,
        _ => person.MayAdminister,
    };
}
