using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.Registry;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Admin;

public sealed class PlanImportOwnershipTests
{
    private const string OtherAdminAad = "33333333-3333-3333-3333-333333333333";

    [Fact]
    public async Task OnlyTheAdminWhoSentThePlanCanApplyItsPreview()
    {
        await using var connector = await FakeConnector.StartAsync();
        var settings = AdminScenario.Settings;
        settings["People:InitialAdmins:1"] = OtherAdminAad;
        await using var app = PciBotApp.Create(settings: settings);
        var plan = await File.ReadAllBytesAsync(Directory.EnumerateFiles(RepositoryRoot.Seeds, "plan-*.json").Single());
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(plan).Replace("\"year\": 2023", "\"year\": 2024", StringComparison.Ordinal));
        await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "ke-hoach.json", "json", changed));
        var import = await app.WithDbAsync(db => db.PlanImports.SingleAsync());
        var apply = new JsonObject { ["verb"] = "admin.import.apply", ["target"] = import.Id.ToString(CultureInfo.InvariantCulture) };

        var refused = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, apply.DeepClone().AsObject(), aad: OtherAdminAad, userId: "29:admin-2"));

        Assert.Contains("Chỉ quản trị viên đã gửi tệp này", refused, StringComparison.Ordinal);
        Assert.Null((await app.WithDbAsync(db => db.PlanImports.SingleAsync())).AppliedAt);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "plan.import.refused"));
        Assert.Equal(OtherAdminAad, audit.ActorAadObjectId);

        var applied = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, apply));

        Assert.Contains("Đã áp dụng kế hoạch", applied, StringComparison.Ordinal);
        Assert.NotNull((await app.WithDbAsync(db => db.PlanImports.SingleAsync())).AppliedAt);
    }

    [Fact]
    public async Task APlanOnAHostNotAllowedIsNotDownloadedAndTheAdminIsToldWhy()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var message = AdminScenario.FileMessage(connector, "ke-hoach.json", "json", [1, 2, 3]);
        message["attachments"]![0]!["content"]!["downloadUrl"] = "https://files.example.net/ke-hoach.json";

        var answer = await AdminScenario.SayAsync(app, connector, message);

        Assert.Contains("files.example.net", answer, StringComparison.Ordinal);
        Assert.Contains("Files:AllowedHosts", answer, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PlanImports.AnyAsync()));
    }
}
