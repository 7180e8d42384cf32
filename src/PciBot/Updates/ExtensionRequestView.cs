using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>
/// What the Office's card shows about a request for more time: the request, its task and names, and the line as it now
/// stands (null when the task has left the current plan, and then nothing can be decided on it).
/// </summary>
internal sealed record ExtensionRequestView(ExtensionRequest Request, PlanTask Task, string UnitName, string RequesterName, string? DeciderName, ReportLine? Line, DateOnly NotBefore)
{
    /// <summary>What the date field starts with: the date asked for, while it can still be granted.</summary>
    public DateOnly? SuggestedDate => Request.Until >= NotBefore ? Request.Until : null;
}
