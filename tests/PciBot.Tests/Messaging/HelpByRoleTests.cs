using Microsoft.Extensions.DependencyInjection;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.People;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Messaging;

/// <summary>The help card shows each person the commands of their roles, and every command it shows is understood.</summary>
public sealed class HelpByRoleTests : IAsyncLifetime
{
    private const string AdminAad = "22222222-2222-2222-2222-222222222222";
    private FakeConnector connector = null!;
    private PciBotApp app = null!;
    private int sent;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = PciBotApp.Create(settings: new Dictionary<string, string?> { ["People:InitialAdmins:0"] = AdminAad });
        await app.WithDbAsync(async db =>
        {
            await TestPeople.HeadAsync(db, "TTBCXB", "aad-head");
            db.People.Add(new Person { AadObjectId = "aad-office", TeamsUserId = "29:aad-office", Name = "Cán bộ Văn phòng", IsOfficeStaff = true, TenantId = Activities.TenantId });
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private async Task<string> SayAsync(string text, string aadObjectId, string locale = "vi-VN")
    {
        var before = connector.Calls.Count;
        sent++;
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, text, userId: $"29:{aadObjectId}", aadObjectId: aadObjectId, locale: locale, id: $"msg-{sent}"));
        var reply = (await connector.WaitForCallsAsync(before + 1))[^1];
        return $"{(string?)reply.Body!["text"]} {reply.CardText}";
    }

    [Theory]
    [InlineData("aad-stranger", true, false, false, false)]
    [InlineData("aad-head", true, true, false, false)]
    [InlineData("aad-office", true, true, true, false)]
    [InlineData(AdminAad, true, true, true, true)]
    public async Task EachPersonSeesTheSectionsOfTheirRoles(string aadObjectId, bool questions, bool unit, bool office, bool admin)
    {
        var card = await SayAsync("trợ giúp", aadObjectId);

        Assert.Equal(questions, card.Contains("việc đến hạn quý này", StringComparison.Ordinal));
        Assert.Equal(unit, card.Contains("cập nhật nhiệm vụ 19", StringComparison.Ordinal));
        Assert.Equal(office, card.Contains("Văn phòng Sở (và quản trị viên)", StringComparison.Ordinal));
        Assert.Equal(office, card.Contains("ai chưa báo cáo quý này", StringComparison.Ordinal));
        Assert.Equal(office, card.Contains("xuất báo cáo", StringComparison.Ordinal));
        Assert.Equal(admin, card.Contains("sửa lịch nhắc monthly", StringComparison.Ordinal));
        Assert.Equal(admin, card.Contains("gán @Tên làm trưởng Phòng TTBCXB", StringComparison.Ordinal));
        Assert.Equal(!unit, card.Contains("nhờ quản trị viên PciBot gán bạn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAdminAskingInEnglishSeesTheAdministrationSectionInEnglish()
    {
        var card = await SayAsync("help", AdminAad, "en-US");

        Assert.Contains("Administration", card, StringComparison.Ordinal);
        Assert.Contains("edit schedule monthly", card, StringComparison.Ordinal);
        Assert.Contains("The Office (and admins)", card, StringComparison.Ordinal);
        Assert.DoesNotContain("lịch nhắc", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryExampleOnTheHelpCardIsUnderstoodInBothLanguages()
    {
        var topics = app.Services.GetServices<HelpTopics>().ToList();
        var examples = new[] { ("vi-VN", BotTexts.Vietnamese), ("en-US", BotTexts.English) }
            .SelectMany(language => topics.SelectMany(t => t.For(language.Item2))
                .SelectMany(topic => topic.Example.Split(", ", StringSplitOptions.RemoveEmptyEntries))
                .Select(example => (Locale: language.Item1, Example: example)))
            .ToList();
        Assert.True(examples.Count >= 60, $"{examples.Count} examples");

        var misunderstood = new List<string>();
        foreach (var (locale, example) in examples)
        {
            var answer = await SayAsync(example, AdminAad, locale);
            if (string.IsNullOrWhiteSpace(answer) || answer.Contains("chưa hiểu", StringComparison.Ordinal) || answer.Contains("did not understand", StringComparison.Ordinal))
            {
                misunderstood.Add($"{locale} \"{example}\": {answer}");
            }
        }

        Assert.True(misunderstood.Count == 0, string.Join("\n", misunderstood));
    }
}
