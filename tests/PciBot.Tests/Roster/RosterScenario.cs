using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PciBot.Audience;
using PciBot.Registry;
using PciBot.Testing;
using PciBot.Tests.Admin;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Reminders;

namespace PciBot.Tests.Roster;

/// <summary>A host talking to a fake connector and a fake Graph, both real HTTP servers on loopback, and the roster files sent to it.</summary>
internal static class RosterScenario
{
    public const string Domain = "sotttt.example.gov.vn";

    public static Dictionary<string, string?> Settings(FakeConnector connector, FakeGraph graph, bool install = true)
    {
        var settings = Dispatching.Settings(connector, more: AdminScenario.Settings);
        settings["Graph:BaseUrl"] = graph.BaseUrl;
        settings["Graph:LookUpPeople"] = "true";
        settings["Graph:InstallApp"] = install ? "true" : "false";
        settings["Graph:TeamsAppId"] = graph.TeamsAppId;
        settings["Graph:BaseDelay"] = "00:00:00.050";
        return settings;
    }

    /// <summary>The units reminders go to: the internal units that lead a task of the current plan.</summary>
    public static Task<List<Unit>> LeadUnitsAsync(PciBotApp app) => app.WithDbAsync(async db =>
    {
        var audience = await ReminderAudience.LoadAsync(db, CancellationToken.None);
        return audience.Plan!.Tasks.SelectMany(audience.LeadUnits).DistinctBy(u => u.Id).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
    });

    public static string Principal(string unitCode, string role) => $"{role}.{unitCode.ToLowerInvariant().Replace('_', '-')}@{Domain}";

    /// <summary>A CSV roster as Excel saves it ("CSV UTF-8"): a byte order mark, a header, quoted cells where needed.</summary>
    public static byte[] Csv(IEnumerable<(string Unit, string Name, string Principal, string Role)> rows)
    {
        var text = new StringBuilder("\uFEFFĐơn vị,Họ và tên,Email,Vai trò\r\n");
        foreach (var (unit, name, principal, role) in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\"{unit}\",\"{name}\",{principal},{role}\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Presses a button of a roster card as <paramref name="aad"/>, with an invoke id of its own, and returns the card shown.</summary>
    public static async Task<string> PressAsync(PciBotApp app, FakeConnector connector, string verb, string? target, string aad = AdminScenario.AdminAad, string userId = AdminScenario.AdminTeamsId)
    {
        var data = new JsonObject { ["verb"] = verb };
        if (target is not null)
        {
            data["target"] = target;
        }

        var activity = Activities.CardAction(connector.ServiceUrl, verb, data, userId, aad, id: Activities.NewId("invoke"));
        using var response = await app.PostActivityAsync(activity);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(200, (int)body["statusCode"]!);
        return AdminScenario.Readable(body["value"]!);
    }
}
