using PciBot.Calendar;

namespace PciBot.Schedules;

/// <summary>
/// A cut-off some lines of a period were moved to (the Office granted more time): the schedule that reminds about them
/// fires around it too, as around a cut-off of its own, but only after <see cref="Since"/>, when it was moved.
/// <see cref="ReportPeriodKey"/> is what the lines report against ("2023-Q4", "D2023-12-31"); <see cref="Period"/> is
/// that period, null for a deadline.
/// </summary>
internal sealed record MovedCutOff(string ReportPeriodKey, ReportingPeriod? Period, DateOnly CutOff, DateTimeOffset Since);
