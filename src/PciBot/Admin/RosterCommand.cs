using PciBot.Kit;

namespace PciBot.Admin;

/// <summary>"sẵn sàng nhận nhắc việc" / "readiness", "nhập danh sách cán bộ" / "import roster", "mẫu danh sách cán bộ" / "roster template".</summary>
internal sealed record RosterCommand(RosterAsk Ask) : ChatCommand;
