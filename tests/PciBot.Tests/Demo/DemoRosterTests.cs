using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Audit;
using PciBot.Conversations;
using PciBot.People;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Demo;

public sealed class DemoRosterTests
{
    /// <summary>Who is what in the tour, by the names the Playground shows.</summary>
    public static TheoryData<string, string[]> Roles => new()
    {
        { "Trần Minh Quân", ["head of Phòng TTBCXB", "Office staff", "admin"] },
        { "Lê Thị Hồng Nhung", ["delegate of Phòng TTBCXB"] },
        { "Phạm Quốc Huy", ["head of Phòng CNTTBCVT"] },
        { "Võ Thị Mai", ["head of Trung tâm Cổng TTĐT"] },
        { "Nguyễn Đức Thành", ["head of Trung tâm CNTT & DVHCCTT"] },
        { "Đặng Thu Trang", ["head of Văn phòng Sở", "Office staff"] },
    };

    [Fact]
    public void ThePlaygroundSetupAndTheDemoRosterNameTheSamePeopleWithIdsTeamsAccepts()
    {
        var setup = PlaygroundSetup.Read();
        var roster = JsonNode.Parse(File.ReadAllText(DemoScenario.RosterPath))!.AsObject();
        var people = roster["people"]!.AsArray().Select(p => p!.AsObject()).ToList();

        Assert.Equal(setup.TenantId, (string)roster["tenantId"]!);
        Assert.Equal(setup.BotId, (string)roster["botId"]!);
        Assert.Equal(setup.Users.Count, people.Count);
        Assert.All(setup.Users, user =>
        {
            Assert.True(Guid.TryParse(user.AadObjectId, out _), $"{user.Name}: {user.AadObjectId} is not a GUID");
            var entry = Assert.Single(people, p => (string)p["aadObjectId"]! == user.AadObjectId);
            Assert.Equal(user.Id, (string)entry["teamsUserId"]!);
            Assert.Equal(user.Name, (string)entry["name"]!);
            Assert.Equal(user.Upn, (string)entry["userPrincipalName"]!);
        });
        Assert.True(Guid.TryParse(setup.TenantId, out _));
        Assert.Equal(setup.OfficeChannelId, (string)roster["officeChannel"]!["conversationId"]!);
        Assert.Equal(setup.OfficeChannelName, (string)roster["officeChannel"]!["name"]!);
        Assert.Equal(Roles.Count, setup.Users.Count);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachPlaygroundUserHasTheRolesOfTheRoster(string name, string[] roles)
    {
        await using var demo = await DemoScenario.StartAsync();
        var reply = await demo.SayAsync(demo.Setup.User(name), "whoami");

        var text = (string)reply.Body!["text"]!;
        Assert.StartsWith($"You are {name}:", text, StringComparison.Ordinal);
        Assert.Equal(roles.Order(StringComparer.Ordinal), text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..].TrimEnd('.').Split(';').Select(r => r.Trim()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheRosterIsAppliedOnceAndKeepsRolesChangedInTheChat()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Demo:RosterFile"] = DemoScenario.RosterPath };
        try
        {
            await using (var first = PciBotApp.Create(now: DemoScenario.TourStart, directory: directory, settings: settings))
            {
                _ = first.Services;
                var office = await first.WithDbAsync(db => db.Conversations.SingleAsync(c => c.IsOfficeChannel));
                Assert.Equal(PlaygroundSetup.Read().OfficeChannelId, office.ConversationId);
                await first.WithDbAsync(async db =>
                {
                    var nhung = await db.People.SingleAsync(p => p.Name == "Lê Thị Hồng Nhung");
                    nhung.IsOfficeStaff = true;
                    return await db.SaveChangesAsync();
                });
            }

            await using var second = PciBotApp.Create(now: DemoScenario.TourStart, directory: directory, settings: settings);
            _ = second.Services;
            var people = await second.WithDbAsync(db => db.People.Include(p => p.Memberships).ToListAsync());
            var audit = await second.WithDbAsync(db => db.AuditEntries.Where(a => a.ActorAadObjectId == "demo-roster").ToListAsync());

            Assert.Equal(6, people.Count);
            Assert.Equal(6, people.Sum(p => p.Memberships.Count));
            Assert.Equal(["Trần Minh Quân"], people.Where(p => p.IsAdmin).Select(p => p.Name));
            Assert.Equal(["Lê Thị Hồng Nhung", "Trần Minh Quân", "Đặng Thu Trang"], people.Where(p => p.IsOfficeStaff).Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.True(people.Single(p => p.Name == "Lê Thị Hồng Nhung").IsOfficeStaff);
            Assert.Equal(7, audit.Count);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void TheRosterIsRefusedOutsideDevelopment()
    {
        var error = PciBotApp.StartFailure(new Dictionary<string, string?>
        {
            [PciBotApp.EnvironmentName] = "Production",
            ["Demo:RosterFile"] = "seeds/demo-roster.json",
            ["Bot:AppId"] = "8a3f2b91-5c1e-4d7a-9b0e-2f6c4d8e1a37",
            ["Bot:TenantId"] = "dbd822a2-303b-4cae-86fb-483ead4502c5",
            ["Bot:AppPassword"] = "not-a-real-secret",
            ["Bot:AllowUnauthenticated"] = "false",
        });

        Assert.Contains("Demo:RosterFile gives people roles without an admin", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARosterNamingAnUnknownUnitStopsTheStartWithItsName()
    {
        var roster = JsonNode.Parse(await File.ReadAllTextAsync(DemoScenario.RosterPath))!.AsObject();
        roster["people"]![1]!["units"]![0]!["unit"] = "PHONG_KHONG_CO";
        var path = Path.Combine(Path.GetTempPath(), $"demo-roster-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, roster.ToJsonString());
        try
        {
            var error = PciBotApp.StartFailure(new Dictionary<string, string?> { ["Demo:RosterFile"] = path });
            Assert.Contains("PHONG_KHONG_CO", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
