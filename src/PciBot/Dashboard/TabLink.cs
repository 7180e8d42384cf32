namespace PciBot.Dashboard;

/// <summary>An entry of the tab's navigation.</summary>
internal sealed record TabLink(string Href, string Text, bool Current);
