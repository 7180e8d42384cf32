using PciBot.Audience;
using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Localization;
using PciBot.People;

namespace PciBot.Admin;

/// <summary>The readiness report as a card: the count of units that would receive a reminder now, then unit by unit its people, their state and what to do.</summary>
internal static class ReadinessCard
{
    public static AdaptiveCard Create(ReadinessReport report, BotTexts texts, Uri? download = null)
    {
        var roster = texts.Roster;
        var body = new List<CardElement> { AdminCards.Title(roster.ReadinessTitle) };
        if (report.Units.Count == 0)
        {
            body.Add(new TextBlock { Text = roster.NoPlan, Wrap = true });
            return new AdaptiveCard { Lang = texts.Language, FallbackText = roster.ReadinessTitle, Body = body };
        }

        body.Add(new TextBlock { Text = roster.ReadinessSummary(report.ReadyUnits, report.Units.Count), Wrap = true, Color = report.ReadyUnits == report.Units.Count ? TextColor.Good : TextColor.Warning });
        if (report.UnitsWithNobody.Count > 0)
        {
            body.Add(new TextBlock { Text = roster.UnitsWithNobody(report.UnitsWithNobody.Select(u => u.Name).ToList()), Wrap = true, Color = TextColor.Attention });
        }

        foreach (var unit in report.Units)
        {
            body.Add(new TextBlock { Text = $"**{unit.Name}**", Wrap = true, Separator = true });
            if (unit.HasNobody)
            {
                body.Add(new TextBlock { Text = $"{roster.Nobody} {roster.NobodyAdvice}", Wrap = true, IsSubtle = true, Spacing = Spacing.None });
                continue;
            }

            foreach (var person in unit.People)
            {
                var role = person.Role == MembershipRole.Head ? roster.HeadLabel : roster.DelegateLabel;
                var seen = person.LastSeen is { } at ? roster.LastSeen(CalendarTexts.LocalMoment(at)) : roster.NeverWrote;
                body.Add(new TextBlock { Text = $"{role}: {person.Name} · {roster.State(person.State)} · {seen}", Wrap = true, Spacing = Spacing.None });
                if (roster.Advice(person.State) is { Length: > 0 } advice)
                {
                    body.Add(new TextBlock { Text = advice, Wrap = true, IsSubtle = true, Spacing = Spacing.None });
                }
            }
        }

        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = roster.ReadinessSummary(report.ReadyUnits, report.Units.Count),
            Body = body,
            Actions = download is null
                ? [AdminCards.Execute(roster.ShowReadiness, RosterVerbs.Readiness)]
                : [AdminCards.Execute(roster.ShowReadiness, RosterVerbs.Readiness), new ActionOpenUrl { Title = roster.Download, Url = download }],
        };
    }
}
