using PciBot.Localization;

namespace PciBot.Dashboard;

/// <summary>What every page's frame needs: the language, the Teams theme, the title and the navigation the viewer may use.</summary>
internal sealed record TabFrame(BotTexts Texts, string Theme, string Title, IReadOnlyList<TabLink> Links, bool Charts = false)
{
    public static TabFrame For(TabViewer viewer, string title, string current, bool charts = false)
    {
        var t = viewer.Texts.Dashboard;
        var links = new List<(string Href, string Text)> { ("/tab/overview", t.Overview) };
        if (viewer.SeesEverything)
        {
            links.Add(("/tab/downloads", t.Downloads));
        }

        if (viewer.MayAdminister)
        {
            links.AddRange([("/tab/admin/schedules", t.Schedules), ("/tab/admin/holidays", t.Holidays), ("/tab/admin/people", t.People), ("/tab/admin/audit", t.Audit)]);
        }

        return new TabFrame(viewer.Texts, viewer.Theme, title, links.Select(l => new TabLink(l.Href, l.Text, l.Href == current)).ToList(), charts);
    }
}
