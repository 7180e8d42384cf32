using System.Text.RegularExpressions;
using PciBot.Kit;
using PciBot.Messaging;

namespace PciBot.Admin;

/// <summary>The roster and readiness requests, over normalized text (lower case, no diacritics).</summary>
internal sealed partial class RosterGrammar : IChatGrammar
{
    public ValueTask<ChatCommand?> TryParseAsync(ChatInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text;
        return ValueTask.FromResult<ChatCommand?>(
            Readiness().IsMatch(text) ? new RosterCommand(RosterAsk.Readiness)
            : HowToImport().IsMatch(text) ? new RosterCommand(RosterAsk.HowToImport)
            : Template().IsMatch(text) ? new RosterCommand(RosterAsk.Template)
            : null);
    }

    // "sẵn sàng nhận nhắc việc", "xem mức sẵn sàng", "readiness", "reminder readiness".
    [GeneratedRegex(@"^(?:(?:xem|kiem tra)\s+)?(?:muc\s+)?san sang(?:\s+nhan\s+nhac(?:\s+viec)?)?$|^(?:(?:show|check)\s+)?(?:the\s+)?(?:reminder\s+)?readiness$")]
    private static partial Regex Readiness();

    // "nhập danh sách cán bộ", "cách nhập danh sách cán bộ", "import roster", "how to import the roster".
    [GeneratedRegex(@"^(?:cach\s+)?nhap danh sach (?:can bo|nhan su)$|^(?:how to\s+)?import (?:the\s+|a\s+)?roster$")]
    private static partial Regex HowToImport();

    // "mẫu danh sách cán bộ", "tải mẫu danh sách cán bộ", "roster template".
    [GeneratedRegex(@"^(?:(?:tai|gui|xem)\s+)?(?:file\s+|tep\s+)?mau danh sach (?:can bo|nhan su)$|^(?:(?:download|send|get)\s+)?(?:the\s+|a\s+)?roster template$")]
    private static partial Regex Template();
}
