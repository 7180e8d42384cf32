using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using PciBot.Localization;
using PciBot.People;

namespace PciBot.Dashboard;

/// <summary>
/// Renders a page component on the server. Razor components are public classes, so each takes its model as one
/// <c>object</c> parameter and casts it: the models, like everything in the bot, stay internal.
/// </summary>
internal static class TabPages
{
    public static RazorComponentResult<TComponent> Page<TComponent>(object model, int status = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        new(new Dictionary<string, object?> { ["Model"] = model }) { StatusCode = status };

    public static RazorComponentResult<RefusalPage> Refusal(BotTexts texts, string theme, string message, bool showNavigation, Person? person, int status = StatusCodes.Status403Forbidden)
    {
        var frame = person is not null && showNavigation
            ? TabFrame.For(new TabViewer(person, texts, theme), texts.Dashboard.NotAllowedTitle, "")
            : new TabFrame(texts, theme, texts.Dashboard.NotAllowedTitle, []);
        return Page<RefusalPage>(new RefusalModel(frame, message), status);
    }
}
