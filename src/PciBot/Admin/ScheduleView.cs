using PciBot.Schedules;

namespace PciBot.Admin;

/// <summary>A schedule with its next fire times, as the admin cards show it.</summary>
internal sealed record ScheduleView(ScheduleDefinition Schedule, IReadOnlyList<DateTimeOffset> Next);
