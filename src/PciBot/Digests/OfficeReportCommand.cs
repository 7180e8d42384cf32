using PciBot.Kit;

namespace PciBot.Digests;

/// <summary>"bản tin", "tổng hợp quý này", "xuất báo cáo", "báo cáo năm"; <see cref="LastQuarter"/> for "quý trước".</summary>
internal sealed record OfficeReportCommand(OfficeReport Report, bool LastQuarter) : ChatCommand;
