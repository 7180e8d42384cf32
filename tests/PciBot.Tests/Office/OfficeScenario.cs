using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Registry;
using PciBot.Rollups;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Updates;
using PciBot.Updates;

namespace PciBot.Tests.Office;

/// <summary>
/// The update scenario's people on Wednesday 13 December 2023, 10:00 in Khánh Hòa (Q4/2023 closes the next day), with
/// updates already stored for a few lines of Q3 and Q4.
/// </summary>
internal sealed class OfficeScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset Wednesday = VietnamTime.AtLocal(new DateOnly(2023, 12, 13), new TimeOnly(10, 0));

    public const string VietnameseResult = "Đã công khai 100% thủ tục hành chính trên Cổng dịch vụ công — Khánh Hòa: ưu tiên ổn định, giảm chi phí “không chính thức”";

    public const string CongResult = "Đăng 45 tin bài về cải cách hành chính";

    public const string Obstacle = "Thiếu kinh phí triển khai phần mềm đo lường chỉ số xanh";

    public const string Contribution = "Hỗ trợ kỹ thuật tích hợp dữ liệu";

    private OfficeScenario(UpdateScenario updates) => Updates = updates;

    public UpdateScenario Updates { get; }

    public PciBotApp App => Updates.App;

    public static async Task<OfficeScenario> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var scenario = new OfficeScenario(await UpdateScenario.StartAsync(settings));
        await scenario.AddAsync("PCI 1", "VP", "2023-Q3", ProgressStatus.InProgress, 50, "Rà soát thủ tục", null, new DateOnly(2023, 9, 10));
        await scenario.AddAsync("PCI 1", "VP", "2023-Q4", ProgressStatus.Done, 100, VietnameseResult, null, new DateOnly(2023, 12, 11));
        await scenario.AddAsync("PCI 1", "CONG_TTDT", "2023-Q4", ProgressStatus.InProgress, 60, CongResult, null, new DateOnly(2023, 12, 12));
        await scenario.AddAsync("PCI 1", "CNTTBCVT", "2023-Q4", ProgressStatus.InProgress, 40, Contribution, null, new DateOnly(2023, 12, 12), contribution: true);
        await scenario.AddAsync("PGI 2", "TTBCXB", "2023-Q4", ProgressStatus.Blocked, 30, "Đang khảo sát", Obstacle, new DateOnly(2023, 12, 12));
        scenario.App.Clock.SetUtcNow(Wednesday);
        return scenario;
    }

    public Task<int> TaskIdAsync(string key)
    {
        var parts = key.Split(' ');
        var family = parts[0] == "PGI" ? IndexFamily.Pgi : IndexFamily.Pci;
        var number = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        return App.WithDbAsync(db => db.Tasks.Where(t => t.Family == family && t.Number == number).Select(t => t.Id).SingleAsync());
    }

    /// <summary>Stores an update as the ledger would, submitted at 09:00 on <paramref name="day"/>.</summary>
    public async Task AddAsync(string task, string unitCode, string periodKey, ProgressStatus status, int? percent, string? result, string? obstacles, DateOnly day, bool contribution = false)
    {
        var taskId = await TaskIdAsync(task);
        var unitId = Updates.Unit(unitCode);
        var author = Updates.People.TryGetValue(unitCode, out var head) ? head : Updates.People["office"];
        await App.WithDbAsync(async db =>
        {
            var sequence = await db.ProgressUpdates.Where(u => u.TaskId == taskId && u.UnitId == unitId && u.PeriodKey == periodKey).MaxAsync(u => (int?)u.Sequence) ?? 0;
            db.ProgressUpdates.Add(new ProgressUpdate
            {
                TaskId = taskId,
                UnitId = unitId,
                PeriodKey = periodKey,
                Sequence = sequence + 1,
                PersonId = author.Id,
                IsContribution = contribution,
                Status = status,
                PercentDone = percent,
                Result = result,
                Obstacles = obstacles,
                SubmittedAt = VietnamTime.AtLocal(day, new TimeOnly(9, 0)),
                Fingerprint = Guid.NewGuid().ToString("N"),
            });
            return await db.SaveChangesAsync();
        });
    }

    public async Task<Rollup> RollupAsync(string quarterKey = "2023-Q4", RollupScope? scope = null)
    {
        Assert.True(ReportingPeriods.TryParse(quarterKey, out var quarter));
        await using var services = App.Scope();
        var rollup = await services.ServiceProvider.GetRequiredService<RollupBuilder>().BuildAsync(quarter, scope ?? RollupScope.Full, CancellationToken.None);
        return rollup!;
    }

    /// <summary>
    /// Sends a message or card submit from <paramref name="person"/> in their personal chat and returns the bot's answer
    /// there, as a reply to it; notices the dispatcher sends meanwhile are passed over.
    /// </summary>
    public async Task<PciBot.Testing.RecordedCall> AskAsync(PciBot.People.Person person, System.Text.Json.Nodes.JsonObject activity)
    {
        var before = Updates.Connector.Calls.Count;
        await App.PostActivityAsync(activity);
        var conversation = $"a:personal-{person.TeamsUserId}";
        var answer = $"/v3/conversations/{conversation}/activities/{(string)activity["id"]!}";
        for (var i = 0; i < 400; i++)
        {
            if (Updates.Connector.Calls.Skip(before).FirstOrDefault(c => c.Method == "POST" && c.Path == answer) is { } reply)
            {
                return reply;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No answer came to {conversation}.");
    }

    public Task<Dictionary<string, string>> UnitNamesAsync() => App.WithDbAsync(db => db.Units.ToDictionaryAsync(u => u.Code, u => u.Name));

    public ValueTask DisposeAsync() => Updates.DisposeAsync();
}
