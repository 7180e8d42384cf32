using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Registry;
using PciBot.Registry.Seeding;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Admin;

public sealed class DocxPlanImportTests
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static TheoryData<string> Writers => ["Word", "LibreOffice"];

    private static string LibreOfficeFixture => Path.Combine(RepositoryRoot.Path, "tests", "PciBot.Tests", "Admin", "Fixtures", "plan-3225-libreoffice.docx");

    private static string SeedFile => Directory.EnumerateFiles(RepositoryRoot.Seeds, "plan-*.json").Single();

    private static JsonObject SeedJson() => JsonNode.Parse(File.ReadAllText(SeedFile))!.AsObject();

    private static Dictionary<string, string> UnitNames() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Seeds, "units.json")))!["units"]!.AsArray()
            .ToDictionary(u => (string)u!["code"]!, u => (string)u!["name"]!);

    private static JsonObject Task(JsonObject plan, string family, int number) =>
        plan["tasks"]!.AsArray().Single(t => (string)t!["family"]! == family && (int)t["number"]! == number)!.AsObject();

    /// <summary>The seed plan with PCI 25 added under A.VIII and PCI 8 due in the second quarter of 2024.</summary>
    private static JsonObject EditedPlan()
    {
        var plan = SeedJson();
        var task8 = Task(plan, "PCI", 8);
        task8["timeline"] = "Quý II/2024";
        plan["tasks"]!.AsArray().Insert(24, new JsonObject
        {
            ["family"] = "PCI", ["number"] = 25, ["index"] = "A.VIII", ["text"] = "Tập huấn kỹ năng số cho người lao động của doanh nghiệp nhỏ và vừa.",
            ["lead"] = new JsonArray("CNTTBCVT"), ["coordinating"] = new JsonArray("TT_CNTT_DVHCCTT", "RELATED_AGENCIES"),
            ["timeline"] = "Thực hiện theo Kế hoạch hàng năm", ["cadence"] = "Annual",
            ["deadline"] = null, ["periodFrom"] = null, ["periodTo"] = null, ["condition"] = null,
        });
        return plan;
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task TheSeedPlanAsAWordDocumentImportsToExactlyTheSeed(string writer)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var document = writer == "Word" ? WordPlanDocument.Write(SeedJson(), UnitNames()) : await File.ReadAllBytesAsync(LibreOfficeFixture);

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "ke-hoach-3225.docx", "docx", document));

        Assert.Contains("Kế hoạch 3225/KH-STTTT: thêm 0, sửa 0, bỏ 0 nhiệm vụ", preview, StringComparison.Ordinal);
        Assert.Contains("Không có thay đổi nào so với kế hoạch hiện có.", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("không đọc được", preview, StringComparison.Ordinal);
        var read = JsonNode.Parse((await app.WithDbAsync(db => db.PlanImports.SingleAsync())).SeedJson)!;
        var seed = JsonNode.Parse(SeedFiles.Write(SeedFiles.Parse(await File.ReadAllTextAsync(SeedFile))))!;
        foreach (var part in new[] { "generalTasks", "indices", "tasks" })
        {
            Assert.Equal(seed[part]!.AsArray().Count, read[part]!.AsArray().Count);
            foreach (var (expected, actual) in seed[part]!.AsArray().Zip(read[part]!.AsArray()))
            {
                Assert.Equal(expected!.ToJsonString(), actual!.ToJsonString());
            }
        }

        Assert.Equal(seed["plan"]!.ToJsonString(), read["plan"]!.ToJsonString());
    }

    [Fact]
    public async Task AnEditedDocumentPreviewsExactlyItsChangesAndTheUnitItCannotReadWithTheClosestKnownOne()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var plan = EditedPlan();
        Task(plan, "PGI", 2)["lead"] = new JsonArray("RENAMED");
        var names = UnitNames();
        names["RENAMED"] = "Phòng Thông tin - Báo chí";

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "ke-hoach-3225-sua.docx", "docx", WordPlanDocument.Write(plan, names)));

        Assert.Contains("Kế hoạch 3225/KH-STTTT: thêm 1, sửa 2, bỏ 0 nhiệm vụ", preview, StringComparison.Ordinal);
        Assert.Contains("Có 1 ô không đọc được", preview, StringComparison.Ordinal);
        Assert.Equal(
            [
                ("PGI 2 · Cơ quan chủ trì", "“Phòng Thông tin Báo chí” không có trong danh sách đơn vị; gần nhất: Phòng TTBCXB"),
                ("Thêm PCI 25", "Tập huấn kỹ năng số cho người lao động của doanh nghiệp nhỏ và vừa."),
                ("Sửa PCI 8", "timeline, cadence"),
                ("Sửa PGI 2", "lead"),
            ],
            Facts(preview));
        Assert.DoesNotContain("admin.import.apply", preview, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PlanImports.AnyAsync()));
    }

    [Fact]
    public async Task ApplyingTheSameNumberUpdatesThePlanAndTasksThatKeepTheirNumberKeepTheirUpdates()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var task8 = await app.WithDbAsync(async db =>
        {
            var head = await TestPeople.HeadAsync(db, "CNTTBCVT");
            var task = await db.Tasks.SingleAsync(t => t.Family == IndexFamily.Pci && t.Number == 8);
            var unit = await db.Units.SingleAsync(u => u.Code == "CNTTBCVT");
            db.ProgressUpdates.Add(new ProgressUpdate
            {
                TaskId = task.Id, UnitId = unit.Id, PeriodKey = "2023-Q4", Sequence = 1, PersonId = head.Id, Status = ProgressStatus.InProgress,
                PercentDone = 60, SubmittedAt = app.Clock.GetUtcNow(), Fingerprint = "f8",
            });
            await db.SaveChangesAsync();
            return task.Id;
        });

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "ke-hoach-3225-sua.docx", "docx", WordPlanDocument.Write(EditedPlan(), UnitNames())));
        Assert.Contains("thêm 1, sửa 1, bỏ 0 nhiệm vụ", preview, StringComparison.Ordinal);
        var import = await app.WithDbAsync(db => db.PlanImports.SingleAsync());
        var applied = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.import.apply", ["target"] = import.Id.ToString(CultureInfo.InvariantCulture) }));

        Assert.Contains("Đã áp dụng kế hoạch 3225/KH-STTTT", applied, StringComparison.Ordinal);
        var tasks = await app.WithDbAsync(db => db.Tasks.AsNoTracking().Where(t => !t.IsArchived).ToListAsync());
        Assert.Equal(28, tasks.Count);
        var edited = tasks.Single(t => t.Id == task8);
        Assert.Equal(("Quý II/2024", Cadence.Deadline, new DateOnly(2024, 6, 30)), (edited.Timeline, edited.Cadence, edited.Deadline));
        Assert.Contains(tasks, t => t.Family == IndexFamily.Pci && t.Number == 25);
        Assert.Equal(1, await app.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.TaskId == task8)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task ANewWeightTargetOrGeneralTaskAloneIsPreviewedAndApplied()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var plan = SeedJson();
        var index = plan["indices"]!.AsArray().Single(i => (string)i!["code"]! == "A.I")!;
        index["weightPercent"] = 10m;
        index["targetText"] = "Năm 2024: đạt trên 7,5 điểm";
        plan["generalTasks"]!.AsArray().Single(g => (string)g!["letter"]! == "h")!["text"] = "Tổ chức đối thoại với doanh nghiệp ít nhất 04 lần/năm.";

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "ke-hoach.docx", "docx", WordPlanDocument.Write(plan, UnitNames())));

        Assert.Contains("thêm 0, sửa 0, bỏ 0 nhiệm vụ", preview, StringComparison.Ordinal);
        Assert.Equal([("Chỉ số A.I", "weight, target"), ("Nhiệm vụ chung h)", "Tổ chức đối thoại với doanh nghiệp ít nhất 04 lần/năm.")], Facts(preview));
        var import = await app.WithDbAsync(db => db.PlanImports.SingleAsync());
        await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.import.apply", ["target"] = import.Id.ToString(CultureInfo.InvariantCulture) });

        var saved = await app.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Indices).Include(p => p.GeneralTasks).SingleAsync());
        Assert.Equal((10m, 7.5m, "Năm 2024: đạt trên 7,5 điểm"), saved.Indices.Where(i => i.Code == "A.I").Select(i => (i.WeightPercent, i.TargetScore, i.TargetText)).Single());
        Assert.Equal("Tổ chức đối thoại với doanh nghiệp ít nhất 04 lần/năm.", saved.GeneralTasks.Single(g => g.Letter == "h").Text);
    }

    [Fact]
    public async Task ANewNumberIsANewPlanThatBecomesCurrentWhileTheOldOneStays()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var plan = SeedJson();
        var header = plan["plan"]!.AsObject();
        header["number"] = "150/KH-STTTT";
        header["issuedOn"] = "2024-01-15";
        header["title"] = ((string)header["title"]!).Replace("năm 2023", "năm 2024", StringComparison.Ordinal);

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "ke-hoach-150.docx", "docx", WordPlanDocument.Write(plan, UnitNames())));

        Assert.Contains("Kế hoạch mới 150/KH-STTTT (năm 2024).", preview, StringComparison.Ordinal);
        Assert.Contains("thêm 27, sửa 0, bỏ 0 nhiệm vụ", preview, StringComparison.Ordinal);
        var import = await app.WithDbAsync(db => db.PlanImports.SingleAsync());
        await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.import.apply", ["target"] = import.Id.ToString(CultureInfo.InvariantCulture) });

        var current = await app.WithDbAsync(db => new PlanCatalog(db).CurrentPlanAsync(CancellationToken.None));
        Assert.Equal(("150/KH-STTTT", 2024, new DateOnly(2024, 1, 15), 27), (current!.Number, current.Year, current.IssuedOn, current.Tasks.Count));
        Assert.Equal(27, await app.WithDbAsync(db => db.Tasks.CountAsync(t => t.Plan!.Number == "3225/KH-STTTT" && !t.IsArchived)));
    }

    [Fact]
    public async Task EveryCellItCannotReadIsListedAndNothingCanBeApplied()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var plan = SeedJson();
        Task(plan, "PCI", 3)["coordinating"] = new JsonArray("SKHDT", "UNKNOWN");
        Task(plan, "PCI", 6)["timeline"] = "Khi có yêu cầu";
        plan["indices"]!.AsArray().Single(i => (string)i!["code"]! == "A.IV")!["targetText"] = "";
        var names = UnitNames();
        names["UNKNOWN"] = "Ban Quản lý dự án";
        string Heading(JsonObject index) =>
            (string)index["code"]! == "A.III" ? "III. CHỈ SỐ CHI PHÍ THỜI GIAN" : WordPlanDocument.DefaultHeading(index);

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "ke-hoach.docx", "docx", WordPlanDocument.Write(plan, names, Heading)));

        Assert.Contains("Có 4 ô không đọc được; PciBot không đoán thay.", preview, StringComparison.Ordinal);
        Assert.Equal(
            [
                ("PCI 3 · Cơ quan phối hợp", "“Ban Quản lý dự án” không có trong danh sách đơn vị"),
                ("A.III · Trọng số", "“CHỈ SỐ CHI PHÍ THỜI GIAN” không ghi (TRỌNG SỐ n%)"),
                ("PCI 6 · Thời gian thực hiện", "“Khi có yêu cầu” không cho biết báo cáo khi nào (thường xuyên, hằng tháng, định kỳ, Quý N/năm, giai đoạn, theo kế hoạch hằng năm, thực hiện sau khi …)"),
                ("A.IV · Chỉ tiêu phấn đấu", "Không có chỉ tiêu"),
            ],
            Facts(preview).Where(f => f.Title.Contains(" · ", StringComparison.Ordinal)));
        Assert.DoesNotContain("admin.import.apply", preview, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PlanImports.AnyAsync()));
    }

    [Fact]
    public async Task AWordFileAttachedWithItsOwnContentTypeIsReadToo()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var message = AdminScenario.Message(connector, "");
        message.Remove("text");
        message["attachments"] = new JsonArray
        {
            new JsonObject { ["contentType"] = WordType, ["contentUrl"] = connector.HostFile("ke-hoach.docx", WordPlanDocument.Write(EditedPlan(), UnitNames())), ["name"] = "ke-hoach.docx" },
        };

        var preview = await AdminScenario.SayAsync(app, connector, message);

        Assert.Contains("Kế hoạch 3225/KH-STTTT: thêm 1, sửa 1, bỏ 0 nhiệm vụ", preview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-zip", "Không đọc được tệp: not a Word document (.docx)")]
    [InlineData("no-appendix", "Không đọc được tệp: no appendix table with the task and lead unit columns")]
    [InlineData("doc", "Không đọc được tệp: a Word 97–2003 file (.doc): save it as .docx")]
    public async Task AFileThatIsNotAPlanDocumentIsAnsweredWithWhy(string file, string answer)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var content = file switch
        {
            "no-appendix" => WithoutTables(WordPlanDocument.Write(SeedJson(), UnitNames())),
            _ => "{\"plan\": {}}"u8.ToArray(),
        };

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, $"ke-hoach.{(file == "doc" ? "doc" : "docx")}", file == "doc" ? "doc" : "docx", content));

        Assert.Contains(answer, preview, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PlanImports.AnyAsync()));
    }

    private static byte[] WithoutTables(byte[] document)
    {
        using var stream = new MemoryStream();
        stream.Write(document);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, isEditable: true))
        {
            foreach (var table in word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList())
            {
                table.Remove();
            }
        }

        return stream.ToArray();
    }

    /// <summary>The title and value of every fact on the answer's card, in order.</summary>
    private static List<(string Title, string Value)> Facts(string answer) =>
        JsonNode.Parse(answer)!["attachments"]![0]!["content"]!["body"]!.AsArray()
            .Where(e => (string?)e!["type"] == "FactSet")
            .SelectMany(e => e!["facts"]!.AsArray().Select(f => ((string)f!["title"]!, (string)f["value"]!)))
            .ToList();
}
