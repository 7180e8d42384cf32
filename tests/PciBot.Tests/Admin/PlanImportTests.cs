using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.Registry;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Admin;

public sealed class PlanImportTests
{
    /// <summary>The seed plan with PGI 4 added, PCI 1 reworded and PCI 24 removed.</summary>
    private static JsonObject ChangedPlan()
    {
        var plan = JsonNode.Parse(File.ReadAllText(Directory.EnumerateFiles(RepositoryRoot.Seeds, "plan-*.json").Single()))!.AsObject();
        var tasks = plan["tasks"]!.AsArray();
        tasks.Single(t => (string)t!["family"]! == "PCI" && (int)t["number"]! == 1)!["text"] = "Niêm yết công khai thủ tục hành chính (sửa đổi 2024).";
        tasks.Remove(tasks.Single(t => (string)t!["family"]! == "PCI" && (int)t["number"]! == 24));
        tasks.Add(new JsonObject
        {
            ["family"] = "PGI", ["number"] = 4, ["index"] = "B.II", ["text"] = "Tuyên truyền chuyển đổi xanh cho doanh nghiệp.",
            ["lead"] = new JsonArray("TTBCXB"), ["coordinating"] = new JsonArray("VP", "CONG_TTDT"),
            ["timeline"] = "Nhiệm vụ thường xuyên", ["cadence"] = "Ongoing",
            ["deadline"] = null, ["periodFrom"] = null, ["periodTo"] = null, ["condition"] = null,
        });
        return plan;
    }

    [Fact]
    public async Task APreviewShowsTheChangesAndApplyingKeepsTheHistory()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var (task1, updates) = await app.WithDbAsync(async db =>
        {
            var head = await TestPeople.HeadAsync(db, "VP");
            var task = await db.Tasks.SingleAsync(t => t.Family == IndexFamily.Pci && t.Number == 1);
            var unit = await db.Units.SingleAsync(u => u.Code == "VP");
            db.ProgressUpdates.Add(new ProgressUpdate
            {
                TaskId = task.Id, UnitId = unit.Id, PeriodKey = "2023-Q4", Sequence = 1, PersonId = head.Id, Status = ProgressStatus.InProgress,
                PercentDone = 40, SubmittedAt = app.Clock.GetUtcNow(), Fingerprint = "f1",
            });
            await db.SaveChangesAsync();
            return (task.Id, 1);
        });

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "ke-hoach-2024.json", "json", Encoding.UTF8.GetBytes(ChangedPlan().ToJsonString())));

        Assert.Contains("thêm 1, sửa 1, bỏ 1 nhiệm vụ", preview, StringComparison.Ordinal);
        Assert.Contains("Thêm PGI 4", preview, StringComparison.Ordinal);
        Assert.Contains("Sửa PCI 1", preview, StringComparison.Ordinal);
        Assert.Contains("Bỏ PCI 24", preview, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Tasks.AnyAsync(t => t.Family == IndexFamily.Pgi && t.Number == 4)));

        var import = await app.WithDbAsync(db => db.PlanImports.SingleAsync());
        var applied = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.import.apply", ["target"] = import.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        Assert.Contains("Đã áp dụng kế hoạch 3225/KH-STTTT", applied, StringComparison.Ordinal);
        var tasks = await app.WithDbAsync(db => db.Tasks.AsNoTracking().ToListAsync());
        Assert.Equal("Niêm yết công khai thủ tục hành chính (sửa đổi 2024).", tasks.Single(t => t.Id == task1).Text);
        Assert.True(tasks.Single(t => t.Family == IndexFamily.Pci && t.Number == 24).IsArchived);
        Assert.Contains(tasks, t => t.Family == IndexFamily.Pgi && t.Number == 4 && !t.IsArchived);
        Assert.Equal(updates, await app.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.TaskId == task1)));
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "plan.import"));
        Assert.Contains("removed: PCI 24", audit.After, StringComparison.Ordinal);

        var again = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.import.apply", ["target"] = import.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.Contains("đã được áp dụng hoặc hủy", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExcelWorkbookLaidOutLikeTheAppendixImportsTheSameAsItsJsonTwin()
    {
        await using var connector = await FakeConnector.StartAsync();
        var plan = ChangedPlan();
        var units = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Seeds, "units.json")))!["units"]!.AsArray()
            .ToDictionary(u => (string)u!["code"]!, u => (string)u!["name"]!);

        var fromJson = await ImportAsync(connector, "plan.json", "json", Encoding.UTF8.GetBytes(plan.ToJsonString()));
        var fromExcel = await ImportAsync(connector, "plan.xlsx", "xlsx", Workbook(plan, units));

        Assert.Equal(27, fromJson.Count);
        Assert.Equal(fromJson, fromExcel);
    }

    private static async Task<List<string>> ImportAsync(FakeConnector connector, string name, string type, byte[] content)
    {
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, name, type, content));
        Assert.Contains("thêm 1, sửa 1, bỏ 1 nhiệm vụ", preview, StringComparison.Ordinal);
        var import = await app.WithDbAsync(db => db.PlanImports.SingleAsync());
        await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.import.apply", ["target"] = import.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var tasks = await app.WithDbAsync(db => db.Tasks.AsNoTracking().Where(t => !t.IsArchived).Include(t => t.Index).Include(t => t.Units).ThenInclude(u => u.Unit).ToListAsync());
        return tasks
            .OrderBy(t => t.Family).ThenBy(t => t.Number)
            .Select(t => string.Join("|", t.Key, t.Index!.Code, t.Text, t.Timeline, t.Cadence, t.Deadline, t.PeriodFrom, t.PeriodTo, t.Condition,
                string.Join(",", t.Units.OrderBy(u => u.Role).ThenBy(u => u.Order).Select(u => $"{u.Role}:{u.Unit!.Code}"))))
            .ToList();
    }

    private static readonly string[] Header = ["STT", "Nhiệm vụ và giải pháp thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"];

    /// <summary>The plan's appendix as a workbook: header, "A./B." sections, "I./II." index rows, one row per task with unit names.</summary>
    private static byte[] Workbook(JsonObject plan, Dictionary<string, string> unitNames)
    {
        var rows = new List<string[]> { Header };
        var indices = plan["indices"]!.AsArray();
        foreach (var family in new[] { "PCI", "PGI" })
        {
            rows.Add([family == "PCI" ? "A. CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI)" : "B. CHỈ SỐ XANH CẤP TỈNH (PGI)", "", "", "", ""]);
            foreach (var index in indices.Where(i => (string)i!["family"]! == family))
            {
                var code = (string)index!["code"]!;
                rows.Add([$"{code[2..]}. {((string)index["name"]!).ToUpperInvariant()}", "", "", "", ""]);
                foreach (var task in plan["tasks"]!.AsArray().Where(t => (string)t!["index"]! == code))
                {
                    string Names(string field) => string.Join(", ", task![field]!.AsArray().Select(c => unitNames[(string)c!]));
                    rows.Add([((int)task!["number"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), (string)task["text"]!, Names("lead"), Names("coordinating"), (string)task["timeline"]!]);
                }
            }
        }

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var values in rows)
            {
                var row = new Row();
                foreach (var value in values)
                {
                    row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Phụ lục" }));
        }

        return stream.ToArray();
    }
}
