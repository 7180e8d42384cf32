using PciBot.Admin;

namespace PciBot.Dashboard;

internal sealed record AuditModel(TabFrame Frame, IReadOnlyList<AuditLine> Lines);
