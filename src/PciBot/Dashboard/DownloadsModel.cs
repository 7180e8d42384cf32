using PciBot.Calendar;
using PciBot.Exports;

namespace PciBot.Dashboard;

internal sealed record DownloadsModel(TabFrame Frame, ReportingPeriod Quarter, IReadOnlyList<ReportingPeriod> Quarters, IReadOnlyList<(ExportFile File, string Label)> Files);
