using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Registry;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Registry;

public sealed class PlanSeederTests
{
    [Fact]
    public async Task StartingTwiceGivesTheSameRows()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"));
        string first;
        await using (var app = PciBotApp.Create(directory: directory))
        {
            first = await SnapshotAsync(app);
        }

        await using var again = PciBotApp.Create(directory: directory);
        Assert.Equal(first, await SnapshotAsync(again));
        Assert.Equal(27, await again.WithDbAsync(db => db.Tasks.CountAsync()));
    }

    [Fact]
    public async Task ACorrectedSeedUpdatesThePlanAndKeepsWhatUsersEntered()
    {
        var root = Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"));
        var seeds = Path.Combine(root, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Seeds, "*.json"))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        var settings = new Dictionary<string, string?> { ["Seed:Directory"] = seeds };
        var metAt = new DateTimeOffset(2023, 11, 1, 2, 0, 0, TimeSpan.Zero);
        int task10Id;
        await using (var app = PciBotApp.Create(directory: root, settings: settings))
        {
            task10Id = await app.WithDbAsync(async db =>
            {
                var task = await db.Tasks.SingleAsync(t => t.Family == IndexFamily.Pci && t.Number == 10);
                task.ConditionMetAt = metAt;
                await db.SaveChangesAsync();
                return task.Id;
            });
        }

        var planFile = Directory.EnumerateFiles(seeds, "plan-*.json").Single();
        var plan = JsonNode.Parse(await File.ReadAllTextAsync(planFile))!;
        var tasks = plan["tasks"]!.AsArray();
        var task10 = tasks.Single(t => (int)t!["number"]! == 10 && (string)t["family"]! == "PCI")!;
        task10["text"] = "Văn bản đã sửa";
        var task24 = tasks.Single(t => (int)t!["number"]! == 24 && (string)t["family"]! == "PCI")!;
        tasks.Remove(task24);
        await File.WriteAllTextAsync(planFile, plan.ToJsonString());

        await using var corrected = PciBotApp.Create(directory: root, settings: settings);
        var after = await corrected.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Id == task10Id));
        Assert.Equal("Văn bản đã sửa", after.Text);
        Assert.Equal(metAt, after.ConditionMetAt);
        var archived = await corrected.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Family == IndexFamily.Pci && t.Number == 24));
        Assert.True(archived.IsArchived);
        Assert.Equal(27, await corrected.WithDbAsync(db => db.Tasks.CountAsync()));
    }

    [Fact]
    public async Task UnchangedSeedFilesAreNotSeededAgainAndAChangedFileIs()
    {
        var root = Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"));
        var seeds = Path.Combine(root, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Seeds, "*.json"))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        var settings = new Dictionary<string, string?> { ["Seed:Directory"] = seeds };
        string firstHash;
        await using (var app = PciBotApp.Create(directory: root, settings: settings))
        {
            firstHash = await app.WithDbAsync(db => db.SeedFingerprints.Select(f => f.Hash).SingleAsync());
            await app.WithDbAsync(async db =>
            {
                var task = await db.Tasks.SingleAsync(t => t.Family == IndexFamily.Pci && t.Number == 10);
                task.Text = "Sửa trong cơ sở dữ liệu";
                return await db.SaveChangesAsync();
            });
        }

        await using (var unchanged = PciBotApp.Create(directory: root, settings: settings))
        {
            var task = await unchanged.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Family == IndexFamily.Pci && t.Number == 10));
            Assert.Equal("Sửa trong cơ sở dữ liệu", task.Text);
            Assert.Equal(firstHash, await unchanged.WithDbAsync(db => db.SeedFingerprints.Select(f => f.Hash).SingleAsync()));
        }

        var planFile = Directory.EnumerateFiles(seeds, "plan-*.json").Single();
        var plan = JsonNode.Parse(await File.ReadAllTextAsync(planFile))!;
        var task10 = plan["tasks"]!.AsArray().Single(t => (int)t!["number"]! == 10 && (string)t["family"]! == "PCI")!;
        task10["text"] = "Văn bản mới trong tệp";
        await File.WriteAllTextAsync(planFile, plan.ToJsonString());

        await using var changed = PciBotApp.Create(directory: root, settings: settings);
        var after = await changed.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Family == IndexFamily.Pci && t.Number == 10));
        Assert.Equal("Văn bản mới trong tệp", after.Text);
        var hashes = await changed.WithDbAsync(db => db.SeedFingerprints.Select(f => f.Hash).ToListAsync());
        Assert.NotEqual(firstHash, Assert.Single(hashes));
    }

    private static Task<string> SnapshotAsync(PciBotApp app) => app.WithDbAsync(async db =>
    {
        var units = await db.Units.OrderBy(u => u.Id).Select(u => $"{u.Id}:{u.Code}:{u.Name}:{u.Internal}").ToListAsync();
        var tasks = await db.Tasks.OrderBy(t => t.Id).Select(t => $"{t.Id}:{t.Family}{t.Number}:{t.IndexId}:{t.Cadence}:{t.Text.Length}").ToListAsync();
        var links = await db.TaskUnits.OrderBy(l => l.TaskId).ThenBy(l => l.UnitId).ThenBy(l => l.Role).Select(l => $"{l.TaskId}:{l.UnitId}:{l.Role}:{l.Order}").ToListAsync();
        var indices = await db.Indices.OrderBy(i => i.Id).Select(i => $"{i.Id}:{i.Code}:{i.WeightPercent}:{i.TargetScore}").ToListAsync();
        return string.Join('\n', units.Concat(tasks).Concat(links).Concat(indices));
    });
}
