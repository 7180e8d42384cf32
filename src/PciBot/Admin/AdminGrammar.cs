using System.Globalization;
using System.Text.RegularExpressions;
using PciBot.Kit;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Admin;

/// <summary>The admin commands, in Vietnamese and English, over normalized text.</summary>
internal sealed partial class AdminGrammar : IChatGrammar
{
    public ValueTask<ChatCommand?> TryParseAsync(ChatInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueTask.FromResult<ChatCommand?>(Parse(input.Text));
    }

    private static AdminCommand? Parse(string text)
    {
        if (ListSchedules().IsMatch(text))
        {
            return new ListSchedulesCommand();
        }

        var edit = EditSchedule().Match(text);
        if (edit.Success)
        {
            return new EditScheduleCommand(edit.Groups["key"].Value);
        }

        var holidays = Holidays().Match(text);
        if (holidays.Success)
        {
            return new HolidaysCommand(Year(holidays));
        }

        if (Audit().IsMatch(text))
        {
            return new AuditCommand();
        }

        if (ImportPlan().IsMatch(text))
        {
            return new ImportPlanHelpCommand();
        }

        var rollover = Rollover().Match(text);
        if (rollover.Success)
        {
            return new RolloverCommand(Year(rollover));
        }

        var condition = ConditionMet().Match(text);
        if (condition.Success && int.TryParse(condition.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return new ConditionMetCommand(new TaskKey(condition.Groups["family"].Value == "pgi" ? IndexFamily.Pgi : IndexFamily.Pci, number));
        }

        return null;
    }

    private static int? Year(Match match) =>
        match.Groups["year"].Success && int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    [GeneratedRegex(@"^(?:(?:danh sach|xem|list|show)\s+)?(?:lich nhac|cac lich nhac|schedules?|reminder schedules?)$")]
    private static partial Regex ListSchedules();

    [GeneratedRegex(@"^(?:sua|chinh sua|edit)\s+(?:lich nhac|lich|schedule)\s+(?<key>[a-z][a-z-]{1,30})$")]
    private static partial Regex EditSchedule();

    [GeneratedRegex(@"^(?:(?:danh sach|xem|lich)\s+)?(?:ngay nghi|ngay le|holidays?|days off)(?:\s+(?:nam|in)?\s*(?<year>\d{4}))?$")]
    private static partial Regex Holidays();

    [GeneratedRegex(@"^(?:xem\s+)?(?:nhat ky|nhat ky thay doi|audit|audit log)$")]
    private static partial Regex Audit();

    [GeneratedRegex(@"^(?:nhap|import)\s+(?:ke hoach|plan)$")]
    private static partial Regex ImportPlan();

    [GeneratedRegex(@"^(?:chuyen|sao chep)\s+ke hoach\s+sang\s+(?:nam\s+(?<year>\d{4})|nam moi|nam sau)$|^roll\s*over\s+(?:the\s+)?plan(?:\s+to\s+(?<year>\d{4}))?$")]
    private static partial Regex Rollover();

    [GeneratedRegex(@"^(?:(?:danh dau|ghi nhan)\s+)?dieu kien\s+(?:(?:nhiem vu|nv)\s+)?(?:(?<family>pci|pgi)\s*)?(?<number>\d{1,3})\s+da\s+(?:dap ung|du)$|^(?:mark\s+)?condition\s+met\s+(?:(?:for|of)\s+)?(?:task\s+)?(?:(?<family>pci|pgi)\s*)?(?<number>\d{1,3})$")]
    private static partial Regex ConditionMet();
}
