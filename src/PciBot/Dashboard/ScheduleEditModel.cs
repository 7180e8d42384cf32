using PciBot.Admin;
using PciBot.Registry;

namespace PciBot.Dashboard;

/// <summary>A schedule's edit form: what was typed (or the schedule's values), the refused entries' reasons, and the form's antiforgery token.</summary>
internal sealed record ScheduleEditModel(TabFrame Frame, ScheduleView View, IReadOnlyList<Unit> Units, ScheduleInput Input, IReadOnlyDictionary<string, string> Errors, bool Saved, string TokenField, string Token);
