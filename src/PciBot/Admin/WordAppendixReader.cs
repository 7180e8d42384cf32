using System.Globalization;
using System.Text.RegularExpressions;
using PciBot.Kit;
using PciBot.Registry;
using PciBot.Registry.Seeding;

namespace PciBot.Admin;

/// <summary>
/// Reads the appendix table of a plan document: a header row (STT, Chỉ tiêu phấn đấu, Nhiệm vụ, Cơ quan chủ trì, Cơ
/// quan phối hợp, Thời gian thực hiện), section rows "A. … (PCI)" / "B. … (PGI)", index rows "I. … (TRỌNG SỐ 5%)", and
/// one row per task numbered in STT, the target cell merged down that index's tasks. What it cannot read becomes a
/// <see cref="PlanProblem"/>.
/// </summary>
internal static partial class WordAppendixReader
{
    public static bool IsAppendix(WordTable table) => table.Rows.Any(IsHeader);

    public static (IReadOnlyList<IndexSeed> Indices, IReadOnlyList<TaskSeed> Tasks) Read(WordTable table, IReadOnlyList<Unit> units, List<PlanProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        var header = table.Rows.First(IsHeader);
        int? Column(params string[] words) => header.Cells.Where(c => Is(c.Value, words)).Select(c => (int?)c.Key).FirstOrDefault();
        var number = Column("stt", "tt", "no") ?? throw new InvalidDataException("the appendix has no \"STT\" column");
        var task = Column("nhiem vu", "task") ?? throw new InvalidDataException("the appendix has no \"Nhiệm vụ\" column");
        var lead = Column("chu tri", "lead") ?? throw new InvalidDataException("the appendix has no \"Cơ quan chủ trì\" column");
        var coordinating = Column("phoi hop", "coordinating") ?? throw new InvalidDataException("the appendix has no \"Cơ quan phối hợp\" column");
        var timeline = Column("thoi gian", "timeline") ?? throw new InvalidDataException("the appendix has no \"Thời gian thực hiện\" column");
        var target = Column("chi tieu", "target");

        var unitCells = new UnitCellReader(units);
        var matcher = new UnitMatcher(units);
        var names = units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var indices = new List<IndexSeed>();
        var tasks = new List<TaskSeed>();
        var family = IndexFamily.Pci;
        IndexSeed? index = null;
        TaskKey? last = null;
        foreach (var row in table.Rows.SkipWhile(r => r != header).Skip(1).Where(r => !IsHeader(r)))
        {
            var first = row[number].Trim();
            if (Number().Match(first) is not { Success: true } numbered)
            {
                if (Section().Match(row.Line) is { Success: true } section)
                {
                    var words = TextNormalizer.Normalize(row.Line);
                    family = words.Contains("pgi", StringComparison.Ordinal) || (!words.Contains("pci", StringComparison.Ordinal) && section.Groups["letter"].Value == "B") ? IndexFamily.Pgi : IndexFamily.Pci;
                }
                else if (Heading().Match(row.Line) is { Success: true } heading)
                {
                    index = IndexOf(family, heading.Groups["roman"].Value, heading.Groups["name"].Value, problems);
                    indices.Add(index);
                }
                else if (row[task].Any(char.IsLetter) && row[task] != row.Line)
                {
                    problems.Add(new PlanProblem(PlanProblemKind.UnnumberedRow, last?.ToString() ?? "", OneLine(row[task])));
                }

                continue;
            }

            var key = new TaskKey(family, int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture));
            if (index is null)
            {
                throw new InvalidDataException($"task {key} comes before any index row");
            }

            if (index.TargetText is null && target is { } targetColumn)
            {
                index = WithTarget(index, row[targetColumn], problems);
                indices[^1] = index;
            }

            var where = key.ToString();
            var cell = string.Join(' ', row[timeline].Split('\n'));
            var cadence = TimelineReader.TryRead(cell);
            if (cadence is null)
            {
                problems.Add(new PlanProblem(PlanProblemKind.UnreadableTimeline, where, cell));
            }

            var (cadenceValue, deadline, from, to, condition) = cadence ?? (Cadence.Ongoing, null, null, null, null);
            tasks.Add(new TaskSeed(
                family,
                key.Number,
                index.Code,
                row[task],
                Units(row[lead], PlanProblemKind.UnknownLead),
                Units(row[coordinating], PlanProblemKind.UnknownCoordinating),
                cell,
                cadenceValue,
                deadline,
                from,
                to,
                condition));
            last = key;

            IReadOnlyList<string> Units(string text, PlanProblemKind kind)
            {
                var (codes, unknown) = unitCells.ReadAll(text);
                foreach (var name in unknown)
                {
                    var closest = matcher.Closest(TextNormalizer.Normalize(name));
                    problems.Add(new PlanProblem(kind, where, name, closest is null ? null : names.GetValueOrDefault(closest, closest)));
                }

                return codes;
            }
        }

        foreach (var missing in indices.Where(i => i.TargetText is null))
        {
            problems.Add(new PlanProblem(PlanProblemKind.MissingTarget, missing.Code, ""));
        }

        return (indices, tasks);
    }

    private static IndexSeed IndexOf(IndexFamily family, string roman, string heading, List<PlanProblem> problems)
    {
        var code = $"{(family == IndexFamily.Pgi ? "B" : "A")}.{roman}";
        heading = string.Join(' ', heading.Split('\n'));
        var weight = Weight().Match(heading);
        var name = SentenceCase(Weight().Replace(heading, "").Trim().TrimEnd(':', '.', ' '));
        if (!weight.Success)
        {
            problems.Add(new PlanProblem(PlanProblemKind.MissingWeight, code, heading));
        }

        return new IndexSeed(code, family, RomanValue(roman), name, weight.Success ? Decimal(weight.Groups["w"].Value) : null, null, null);
    }

    private static IndexSeed WithTarget(IndexSeed index, string cell, List<PlanProblem> problems)
    {
        var text = string.Join(' ', cell.Split('\n')).Trim();
        if (text.Length == 0)
        {
            return index;
        }

        var score = Score().Match(text);
        if (!score.Success)
        {
            problems.Add(new PlanProblem(PlanProblemKind.MissingTarget, index.Code, text));
        }

        return index with { TargetText = text, TargetScore = score.Success ? Decimal(score.Groups["s"].Value) : null };
    }

    private static bool IsHeader(WordTableRow row) =>
        row.Cells.Values.Any(v => Is(v, "nhiem vu", "task")) && row.Cells.Values.Any(v => Is(v, "chu tri", "lead"));

    private static bool Is(string value, params string[] words)
    {
        var text = TextNormalizer.Normalize(value);
        return words.Any(w => text == w || text.StartsWith(w + " ", StringComparison.Ordinal) || text.Contains(" " + w, StringComparison.Ordinal));
    }

    /// <summary>"CHỈ SỐ GIA NHẬP THỊ TRƯỜNG" as the plan names it in sentence case; a name already in mixed case stays as written.</summary>
    private static string SentenceCase(string name) =>
        name.Any(char.IsLower) || name.Length == 0
            ? name
            : string.Concat(name[..1], name[1..].ToLower(CultureInfo.GetCultureInfo("vi-VN")));

    private static string OneLine(string text) => string.Join(' ', text.Split('\n'));

    private static decimal Decimal(string text) => decimal.Parse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static int RomanValue(string roman)
    {
        var values = roman.Select(c => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 }).ToList();
        return values.Select((v, i) => i + 1 < values.Count && v < values[i + 1] ? -v : v).Sum();
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})\s*\.?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?<letter>[A-H])(?:\s*[.)/]\s*|\s+)\S")]
    private static partial Regex Section();

    [GeneratedRegex(@"^(?<roman>[IVXL]{1,6})(?:\s*[.)/]\s*|\s+)(?<name>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[(\[]?\s*(?:TRỌNG\s+SỐ|WEIGHT)\s*:?\s*(?<w>\d+(?:[.,]\d+)?)\s*%\s*[)\]]?", RegexOptions.IgnoreCase)]
    private static partial Regex Weight();

    [GeneratedRegex(@"(?<s>\d+(?:[.,]\d+)?)\s*(?:điểm|points?)", RegexOptions.IgnoreCase)]
    private static partial Regex Score();
}
