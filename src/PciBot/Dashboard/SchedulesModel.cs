using PciBot.Admin;
using PciBot.Registry;

namespace PciBot.Dashboard;

internal sealed record SchedulesModel(TabFrame Frame, IReadOnlyList<ScheduleView> Schedules, IReadOnlyList<Unit> Units);
