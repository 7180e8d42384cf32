using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.People;

namespace PciBot.Dashboard;

/// <summary>
/// The person looking at the tab, with their roles as the database gives them now, their Teams language and theme.
/// A page's handler reads it with <see cref="Of"/> once <see cref="TabGate"/> has let the request through.
/// </summary>
internal sealed record TabViewer(Person Person, BotTexts Texts, string Theme)
{
    public bool SeesEverything => Person.IsOfficeOrAdmin;

    public bool MayAdminister => Person.MayAdminister;

    public bool Sees(int unitId) => SeesEverything || Person.BelongsTo(unitId);

    /// <summary>The viewer <see cref="TabGate"/> let through (parameters are bound before endpoint filters run, hence not a parameter).</summary>
    public static TabViewer Of(HttpContext context) =>
        context.Items[typeof(TabViewer)] as TabViewer ?? throw new InvalidOperationException("The page is not behind TabGate.");
}
