using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

/// <summary>A request for more time on the TTBCXB line of PCI 19, and the Office's presses on its card.</summary>
internal static class ExtensionScenario
{
    /// <summary>The head of TTBCXB asks for more time; returns the Office's card as the dispatcher would send it.</summary>
    public static async Task<JsonObject> RequestAsync(UpdateScenario scenario, string until = "2023-12-29", string reason = "Chờ số liệu của Sở KH&ĐT", string locale = "vi-VN")
    {
        var data = UpdateScenario.Data(ProgressVerbs.Extend, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey);
        data[ProgressFields.ExtendTo] = until;
        data[ProgressFields.ExtendReason] = reason;
        var (status, body) = await scenario.InvokeAsync(scenario.Head("TTBCXB"), data);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(CardJson.ById(UpdateScenario.CardOf(body), "extendToError"));
        var notice = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.Kind == ExtensionRequests.Kind).OrderByDescending(o => o.Id).FirstAsync());
        return await scenario.RenderAsync(notice, locale);
    }

    /// <summary>
    /// Presses Approve or Decline on <paramref name="officeCard"/> as <paramref name="who"/>, with the card's inputs as
    /// Teams sends them: the date field as shown unless <paramref name="grantUntil"/> is given, and the reason.
    /// </summary>
    public static async Task<(HttpStatusCode Status, JsonObject Card)> DecideAsync(
        UpdateScenario scenario, Person who, JsonObject officeCard, string verb, string? grantUntil = null, string reason = "", string locale = "vi-VN")
    {
        var data = CardJson.Button(officeCard, verb)["data"]!.DeepClone().AsObject();
        data[ExtensionFields.GrantUntil] = grantUntil ?? (string?)CardJson.ById(officeCard, ExtensionFields.GrantUntil)!["value"] ?? "";
        data[ExtensionFields.DeclineReason] = reason;
        var (status, body) = await scenario.InvokeAsync(who, data, locale);
        return (status, UpdateScenario.CardOf(body));
    }
}
