using System.Text.RegularExpressions;
using PciBot.Kit;
using PciBot.Messaging;

namespace PciBot.Digests;

/// <summary>The Office's requests, over normalized text (lower case, no diacritics).</summary>
internal sealed partial class OfficeGrammar : IChatGrammar
{
    public ValueTask<ChatCommand?> TryParseAsync(ChatInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueTask.FromResult<ChatCommand?>(Parse(input.Text));
    }

    private static OfficeReportCommand? Parse(string normalized)
    {
        var last = LastQuarter().IsMatch(normalized);
        return Digest().IsMatch(normalized) ? new OfficeReportCommand(OfficeReport.Digest, last)
            : Year().IsMatch(normalized) ? new OfficeReportCommand(OfficeReport.YearReport, false)
            : Export().IsMatch(normalized) ? new OfficeReportCommand(OfficeReport.Export, last)
            : Rollup().IsMatch(normalized) ? new OfficeReportCommand(OfficeReport.Rollup, last)
            : null;
    }

    // "bản tin", "bản tin tiến độ", "digest", "progress digest".
    [GeneratedRegex(@"^(?:(?:xem|gui|show|send)\s+)?(?:ban tin(?:\s+(?:tien do|van phong))?|(?:progress\s+)?digest)(?:\s+(?:quy nay|quy truoc|this quarter|last quarter))?$")]
    private static partial Regex Digest();

    // "tổng hợp", "tổng hợp quý này", "tổng hợp kết quả quý trước", "rollup", "last quarter rollup".
    [GeneratedRegex(@"^(?:(?:xem|show)\s+)?(?:tong hop(?:\s+ket qua)?(?:\s+quy(?:\s+nay|\s+truoc)?)?|(?:(?:this|last)\s+quarter\s+|quarterly\s+)?roll\s?up(?:\s+(?:this|last)\s+quarter)?)$")]
    private static partial Regex Rollup();

    // "xuất báo cáo", "xuất báo cáo quý trước", "tải báo cáo", "export", "export report", "download the rollup".
    [GeneratedRegex(@"^(?:(?:xuat|tai)\s+(?:file\s+)?(?:bao cao|tong hop)(?:\s+quy(?:\s+nay|\s+truoc)?)?|(?:export|download)(?:\s+the)?(?:\s+(?:report|rollup))?(?:\s+(?:this|last)\s+quarter)?)$")]
    private static partial Regex Export();

    // "báo cáo năm", "xuất báo cáo năm", "dự thảo báo cáo năm", "year report", "export year report".
    [GeneratedRegex(@"^(?:(?:xuat|tai|du thao)\s+)?bao cao (?:nam|cuoi nam)$|^(?:export\s+|download\s+)?(?:the\s+)?(?:year|annual|year-end|year end)\s+report$")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:quy truoc|last quarter)\b")]
    private static partial Regex LastQuarter();
}
