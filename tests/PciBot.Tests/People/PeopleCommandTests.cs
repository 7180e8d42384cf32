using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.Conversations;
using PciBot.People;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.People;

public sealed class PeopleCommandTests : IAsyncLifetime
{
    private const string AdminAad = "11111111-1111-1111-1111-111111111111";
    private FakeConnector connector = null!;
    private PciBotApp app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = PciBotApp.Create(settings: new Dictionary<string, string?> { ["People:InitialAdmins:0"] = AdminAad });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private static JsonObject FromAdmin(JsonObject activity)
    {
        activity["from"]!["aadObjectId"] = AdminAad;
        return activity;
    }

    private JsonObject Mentioning(JsonObject activity, string userId, string name)
    {
        connector.MemberNames[userId] = name;
        activity["text"] = ((string?)activity["text"]) !.Replace("@X", $"<at>{name}</at>", StringComparison.Ordinal);
        var entities = activity["entities"] as JsonArray ?? [];
        entities.Add(new JsonObject { ["type"] = "mention", ["text"] = $"<at>{name}</at>", ["mentioned"] = new JsonObject { ["id"] = userId, ["name"] = name } });
        activity["entities"] = entities;
        return activity;
    }

    private async Task<string> SayAsync(JsonObject activity, int expectedCalls)
    {
        await app.PostActivityAsync(activity);
        var calls = await connector.WaitForCallsAsync(expectedCalls);
        return (string?)calls.Last(c => c.Method == "POST").Body!["text"] ?? "";
    }

    [Fact]
    public async Task AnAdminAssignsAHeadByMentionAndTheRoleIsStoredAndAudited()
    {
        var message = Mentioning(FromAdmin(Activities.PersonalMessage(connector.ServiceUrl, "gán @X làm trưởng Phòng TTBCXB")), "29:head-1", "Lê Văn C");

        var reply = await SayAsync(message, expectedCalls: 2);

        Assert.Contains("Đã gán Lê Văn C làm trưởng Phòng TTBCXB", reply, StringComparison.Ordinal);
        var membership = await app.WithDbAsync(db => db.UnitMemberships.Include(m => m.Person).Include(m => m.Unit).SingleAsync());
        Assert.Equal("aad-29:head-1", membership.Person!.AadObjectId);
        Assert.Equal("29:head-1", membership.Person.TeamsUserId);
        Assert.Equal("TTBCXB", membership.Unit!.Code);
        Assert.Equal(MembershipRole.Head, membership.Role);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(AdminAad, audit.ActorAadObjectId);
        Assert.Equal("role.assign", audit.Action);
        Assert.Contains("TTBCXB:Head", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignsADelegateInEnglishAndUnassignsAgain()
    {
        await SayAsync(Mentioning(FromAdmin(Activities.PersonalMessage(connector.ServiceUrl, "assign @X as delegate of CNTTBCVT", locale: "en-US")), "29:d-1", "Pham D"), 2);
        Assert.Equal(MembershipRole.Delegate, (await app.WithDbAsync(db => db.UnitMemberships.SingleAsync())).Role);

        var reply = await SayAsync(Mentioning(FromAdmin(Activities.PersonalMessage(connector.ServiceUrl, "bỏ gán @X khỏi Phòng CNTTBCVT", id: "msg-2")), "29:d-1", "Pham D"), 4);

        Assert.Contains("Đã bỏ gán Pham D", reply, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.UnitMemberships.CountAsync()));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdminIsRefusedPolitelyAndNothingChanges()
    {
        var message = Mentioning(Activities.PersonalMessage(connector.ServiceUrl, "gán @X làm trưởng Phòng TTBCXB"), "29:head-1", "Lê Văn C");

        var reply = await SayAsync(message, expectedCalls: 1);

        Assert.Contains("chỉ quản trị viên", reply, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.UnitMemberships.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task ExternalUnitsAndGroupsCannotHaveHeads()
    {
        var reply = await SayAsync(Mentioning(FromAdmin(Activities.PersonalMessage(connector.ServiceUrl, "gán @X làm trưởng Sở KH&ĐT")), "29:x", "X"), 1);

        Assert.Contains("không phải một phòng, đơn vị thuộc Sở", reply, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.UnitMemberships.CountAsync()));
    }

    [Fact]
    public async Task AnAssignmentWithoutAMentionSaysHow()
    {
        var reply = await SayAsync(FromAdmin(Activities.PersonalMessage(connector.ServiceUrl, "gán làm trưởng Phòng TTBCXB")), 1);

        Assert.Contains("Hãy nhắc (@)", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoAmITellsUnitsAndRoles()
    {
        await SayAsync(Mentioning(FromAdmin(Activities.PersonalMessage(connector.ServiceUrl, "gán @X làm trưởng Phòng TTBCXB")), "29:user-1", "Nguyễn Văn A"), 2);

        var reply = await SayAsync(Activities.PersonalMessage(connector.ServiceUrl, "tôi là ai", aadObjectId: "aad-29:user-1", id: "msg-2"), 3);

        Assert.Contains("trưởng Phòng TTBCXB", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfficeChannelIsChosenInTheChannelItself()
    {
        var message = FromAdmin(Activities.ChannelMessage(connector.ServiceUrl, "đặt làm kênh Văn phòng"));

        var reply = await SayAsync(message, 1);

        Assert.Contains("kênh Văn phòng", reply, StringComparison.Ordinal);
        var channel = await app.WithDbAsync(db => db.Conversations.SingleAsync(c => c.IsOfficeChannel));
        Assert.Equal("19:office@thread.tacv2", channel.ConversationId);
    }

    [Theory]
    [InlineData("Văn phòng", "vào kênh Văn phòng.")]
    [InlineData(null, "vào kênh này.")]
    public async Task TheOfficeChannelIsNamedByItsNameOrAsThisChannelNeverByItsId(string? name, string said)
    {
        var message = FromAdmin(Activities.ChannelMessage(connector.ServiceUrl, "đặt làm kênh Văn phòng"));
        message["channelData"]!["channel"]!.AsObject().Remove("name");
        if (name is not null)
        {
            message["channelData"]!["channel"]!["name"] = name;
        }

        var reply = await SayAsync(message, 1);

        Assert.Contains(said, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("19:office", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsAssignedPeopleForAdmins()
    {
        await SayAsync(Mentioning(FromAdmin(Activities.PersonalMessage(connector.ServiceUrl, "gán @X làm trưởng Phòng TTBCXB")), "29:head-1", "Lê Văn C"), 2);

        var reply = await SayAsync(FromAdmin(Activities.PersonalMessage(connector.ServiceUrl, "danh sách cán bộ", id: "msg-2")), 3);

        Assert.Contains("Lê Văn C", reply, StringComparison.Ordinal);
        Assert.Contains("quản trị viên", reply, StringComparison.Ordinal);
    }
}
