using System.Globalization;
using System.Text.RegularExpressions;
using PciBot.Kit;
using PciBot.Registry;
using PciBot.Registry.Seeding;

namespace PciBot.Admin;

/// <summary>
/// Reads a workbook laid out like the plan's appendix: a header row (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp,
/// Thời gian thực hiện), section rows "A. … (PCI)" / "B. … (PGI)", index rows "I. …", and one row per task numbered in STT.
/// The tasks replace those of the basis plan, whose header, indices and general tasks are kept.
/// </summary>
internal static partial class ExcelPlanReader
{
    public static PlanSeed Read(Stream workbook, PlanSeed basis, IEnumerable<Unit> units)
    {
        var rows = FirstSheet.Rows(workbook);
        return new PlanSeed(basis.Plan, basis.GeneralTasks, basis.Indices, Tasks(rows, basis, new UnitCellReader(units)));
    }

    private static List<TaskSeed> Tasks(List<Dictionary<int, string>> rows, PlanSeed basis, UnitCellReader units)
    {
        var header = rows.FindIndex(r => r.Values.Any(v => Is(v, "nhiem vu", "task")) && r.Values.Any(v => Is(v, "chu tri", "lead")));
        if (header < 0)
        {
            throw new InvalidDataException("no header row with the task and lead unit columns");
        }

        var columns = rows[header];
        int Column(params string[] words) => columns.FirstOrDefault(c => Is(c.Value, words)).Key is var key && columns.ContainsKey(key) ? key : throw new InvalidDataException($"no \"{words[0]}\" column");
        var number = Column("stt", "no", "index");
        var task = Column("nhiem vu", "task");
        var lead = Column("chu tri", "lead");
        var coordinating = Column("phoi hop", "coordinating");
        var timeline = Column("thoi gian", "timeline");

        var tasks = new List<TaskSeed>();
        var family = IndexFamily.Pci;
        string? index = null;
        foreach (var row in rows.Skip(header + 1))
        {
            var first = row.GetValueOrDefault(number, "").Trim();
            var normalized = TextNormalizer.Normalize(first);
            if (Family().Match(first) is { Success: true } section)
            {
                family = section.Groups["letter"].Value == "B" || normalized.Contains("pgi", StringComparison.Ordinal) ? IndexFamily.Pgi : IndexFamily.Pci;
                continue;
            }

            if (Roman().Match(first) is { Success: true } heading)
            {
                var letter = family == IndexFamily.Pgi ? "B" : "A";
                index = $"{letter}.{heading.Groups["roman"].Value}";
                if (basis.Indices.All(i => i.Code != index))
                {
                    throw new InvalidDataException($"index {index} is not in the plan");
                }

                continue;
            }

            if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            var key = new TaskKey(family, n);
            if (index is null)
            {
                throw new InvalidDataException($"task {key} comes before any index row");
            }

            var text = row.GetValueOrDefault(task, "").Trim();
            var cell = row.GetValueOrDefault(timeline, "").Trim();
            try
            {
                var (cadence, deadline, from, to, condition) = TimelineReader.Read(cell);
                tasks.Add(new TaskSeed(family, n, index, text, units.Read(row.GetValueOrDefault(lead)), units.Read(row.GetValueOrDefault(coordinating)), cell, cadence, deadline, from, to, condition));
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"task {key}: {e.Message}", e);
            }
        }

        return tasks;
    }

    private static bool Is(string value, params string[] words)
    {
        var text = TextNormalizer.Normalize(value);
        return words.Any(w => text == w || text.StartsWith(w + " ", StringComparison.Ordinal) || text.Contains(" " + w, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\**\s*(?<letter>[AB])\s*\.")]
    private static partial Regex Family();

    [GeneratedRegex(@"^\**\s*(?<roman>VIII|VII|VI|IV|V|III|II|I)\s*\.")]
    private static partial Regex Roman();
}
