using System.Globalization;
using PciBot.Rollups;
using PciBot.Status;

namespace PciBot.Exports;

/// <summary>
/// What section I of the report says about one index, in sentences built from the period's lines: where its lines
/// stand, the results and products the units reported, what is late and why, and the obstacles and proposals. The
/// status of each line stays in the appendix.
/// </summary>
internal static class IndexNarrative
{
    private static readonly ReportStatus[] Late = [ReportStatus.Overdue, ReportStatus.DoneLate, ReportStatus.Blocked];

    public static IReadOnlyList<string> Paragraphs(RollupIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var lines = index.Tasks.SelectMany(t => t.Lines.Select(l => (Task: t, Line: l))).ToList();
        if (index.Tasks.Count == 0)
        {
            return ["Kế hoạch không giao nhiệm vụ nào cho chỉ số này."];
        }

        if (lines.Count == 0)
        {
            return [ReportTexts.Sentence($"Các nhiệm vụ của chỉ số ({Keys(index.Tasks)}) do đơn vị ngoài Sở chủ trì; Sở phối hợp thực hiện khi được đề nghị")];
        }

        return [.. new[] { Standing(index, lines.Select(l => l.Line).ToList()), Results(index), Lateness(lines), Proposals(index, lines) }.OfType<string>()];
    }

    /// <summary>"Chỉ số có 4 nhiệm vụ, 6 dòng báo cáo trong kỳ: 2 hoàn thành đúng hạn, 1 quá hạn, …"</summary>
    private static string Standing(RollupIndex index, List<RollupLine> lines)
    {
        var counts = Enum.GetValues<ReportStatus>()
            .Select(s => (Status: s, Count: lines.Count(l => l.Status == s)))
            .Where(c => c.Count > 0)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Count} {ReportTexts.Lower(ReportTexts.StatusName(c.Status))}"));
        return string.Create(CultureInfo.InvariantCulture, $"Chỉ số có {index.Tasks.Count} nhiệm vụ với {lines.Count} lượt báo cáo trong kỳ của các đơn vị chủ trì: {string.Join(", ", counts)}.");
    }

    private static string Results(RollupIndex index)
    {
        var results = index.Tasks.SelectMany(task =>
                task.Lines.Where(l => !string.IsNullOrWhiteSpace(l.Result))
                    .Select(l => $"{Who(task, l)}: {ReportTexts.Clause(l.Result!)}")
                    .Concat(task.Contributions.Where(c => !string.IsNullOrWhiteSpace(c.Result))
                        .Select(c => $"{c.UnitName} (phối hợp thực hiện nhiệm vụ {task.Key}): {ReportTexts.Clause(c.Result!)}")))
            .ToList();
        return results.Count == 0
            ? "Trong kỳ chưa có đơn vị nào báo cáo kết quả, sản phẩm của các nhiệm vụ thuộc chỉ số này."
            : $"Kết quả, sản phẩm: {string.Join("; ", results)}.";
    }

    /// <summary>The late lines, a unit's periods of a task together, each with the reason its unit gave, if any.</summary>
    private static string? Lateness(List<(RollupTask Task, RollupLine Line)> lines)
    {
        var late = lines.Where(l => Late.Contains(l.Line.Status))
            .GroupBy(l => (l.Task.Key, l.Line.UnitName, l.Line.Status, Reason: l.Line.Obstacles?.Trim() ?? ""))
            .Select(g =>
            {
                var task = g.First().Task;
                var periods = task.HasSeveralPeriods ? $" ({string.Join(", ", g.Select(l => ReportTexts.LowerFirst(ReportTexts.PeriodText(l.Line.PeriodKey))))})" : "";
                var what = g.Key.Status == ReportStatus.Overdue ? "quá hạn chưa báo cáo" : ReportTexts.Lower(ReportTexts.StatusName(g.Key.Status));
                var reason = g.Key.Reason.Length > 0 ? $", lý do: {ReportTexts.Clause(g.Key.Reason)}" : g.Key.Status == ReportStatus.Overdue ? ", chưa nêu lý do" : "";
                return $"nhiệm vụ {g.Key.Key}{periods} của {g.Key.UnitName} {what}{reason}";
            })
            .ToList();
        return late.Count == 0 ? null : $"Chậm tiến độ: {string.Join("; ", late)}.";
    }

    /// <summary>Obstacles and proposals raised on lines that are not late (those are given with their lateness) and by coordinators.</summary>
    private static string? Proposals(RollupIndex index, List<(RollupTask Task, RollupLine Line)> lines)
    {
        var raised = lines.Where(l => !Late.Contains(l.Line.Status) && !string.IsNullOrWhiteSpace(l.Line.Obstacles))
            .Select(l => $"{Who(l.Task, l.Line)}: {ReportTexts.Clause(l.Line.Obstacles!)}")
            .Concat(index.Tasks.SelectMany(t => t.Contributions.Where(c => !string.IsNullOrWhiteSpace(c.Obstacles))
                .Select(c => $"{c.UnitName} (phối hợp nhiệm vụ {t.Key}): {ReportTexts.Clause(c.Obstacles!)}")))
            .ToList();
        return raised.Count == 0 ? null : $"Khó khăn, vướng mắc và đề xuất: {string.Join("; ", raised)}.";
    }

    /// <summary>"Văn phòng Sở (nhiệm vụ PCI 1, hoàn thành 100%)", with the period when the task is reported more than once.</summary>
    private static string Who(RollupTask task, RollupLine line)
    {
        var details = new List<string> { $"nhiệm vụ {task.Key}" };
        if (task.HasSeveralPeriods)
        {
            details.Add(ReportTexts.LowerFirst(ReportTexts.PeriodText(line.PeriodKey)));
        }

        if (line.PercentDone is { } percent)
        {
            details.Add(string.Create(CultureInfo.InvariantCulture, $"hoàn thành {percent}%"));
        }

        return $"{line.UnitName} ({string.Join(", ", details)})";
    }

    private static string Keys(IEnumerable<RollupTask> tasks) => string.Join(", ", tasks.Select(t => t.Key.ToString()));
}
