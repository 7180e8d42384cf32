using Microsoft.EntityFrameworkCore;
using PciBot.People;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.People;

/// <summary>People:InitialAdmins takes the ids Teams and Agents Playground really send, and refuses what cannot be one.</summary>
public sealed class InitialAdminsTests
{
    [Theory]
    [InlineData(Playground.UserAadObjectId)]
    [InlineData("6f0b2d4e-1c3a-4b5d-8e7f-9a0b1c2d3e4f")]
    [InlineData("6F0B2D4E1C3A4B5D8E7F9A0B1C2D3E4F")]
    [InlineData("alexw@example.com")]
    [InlineData("nguyen.van.a@khanhhoa.gov.vn")]
    public void AnEntraObjectIdOrAUserPrincipalNameIsAccepted(string admin) => Assert.Null(PeopleOptions.Problem(admin));

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("Alex Wilber", "neither an Entra object id")]
    [InlineData(" 6f0b2d4e-1c3a-4b5d-8e7f-9a0b1c2d3e4f", "neither an Entra object id")]
    [InlineData("alex w@example.com", "neither an Entra object id")]
    [InlineData("alexw@", "neither an Entra object id")]
    [InlineData("admin", "neither an Entra object id")]
    [InlineData("6f0b2d4e--1c3a", "neither an Entra object id")]
    [InlineData("29:1XaYkqZ3p8nQfVbW0u", "is a Teams user id")]
    public void WhatCannotBeAnIdOrAPrincipalNameIsRefusedWithTheReason(string admin, string reason) =>
        Assert.Contains(reason, PeopleOptions.Problem(admin), StringComparison.Ordinal);

    [Fact]
    public void TheBotStartsWithThePlaygroundsStockUserAsAdmin()
    {
        using var app = PciBotApp.Create(settings: new Dictionary<string, string?> { ["People:InitialAdmins:0"] = Playground.UserAadObjectId });

        Assert.NotNull(app.Services);
    }

    [Fact]
    public void AValueThatCannotBeAnIdStopsTheStartNamingTheKeyAndTheValue()
    {
        var error = PciBotApp.StartFailure(new Dictionary<string, string?>
        {
            ["People:InitialAdmins:0"] = Playground.UserAadObjectId,
            ["People:InitialAdmins:1"] = "Alex Wilber",
        });

        Assert.Contains("People:InitialAdmins:1: 'Alex Wilber' is neither an Entra object id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminNamedByPrincipalNameIsAdminWhenThePlaygroundSpellsItUserPrincipleName()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.MemberAnswers[Playground.UserId] = new Dictionary<string, string>
        {
            ["id"] = Playground.UserId,
            ["aadObjectId"] = Playground.UserAadObjectId,
            ["name"] = "Alex Wilber",
            ["givenName"] = "Alex",
            ["surname"] = "Wilber",
            ["email"] = Playground.UserPrincipalName,
            ["userPrincipleName"] = Playground.UserPrincipalName,
            ["tenantId"] = Playground.TenantId,
            ["userRole"] = "user",
        };
        await using var app = PciBotApp.Create(settings: new Dictionary<string, string?> { ["People:InitialAdmins:0"] = Playground.UserPrincipalName });

        await app.PostActivityAsync(Playground.Message(connector.ServiceUrl, "whoami"));
        var calls = await connector.WaitForCallsAsync(2);

        Assert.Contains(calls, c => c.Method == "GET" && c.Path.EndsWith($"/members/{Playground.UserId}", StringComparison.Ordinal));
        Assert.EndsWith("admin.", (string?)calls.Last(c => c.Method == "POST").Body!["text"], StringComparison.Ordinal);
        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.AadObjectId == Playground.UserAadObjectId));
        Assert.True(person.IsAdmin);
        Assert.Equal(Playground.UserPrincipalName, person.UserPrincipalName);
    }

    [Fact]
    public async Task AnAdminNamedByPrincipalNameMayStartWithAnAdminCommand()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.MemberAnswers[Playground.UserId] = new Dictionary<string, string>
        {
            ["id"] = Playground.UserId,
            ["aadObjectId"] = Playground.UserAadObjectId,
            ["name"] = "Alex Wilber",
            ["userPrincipleName"] = Playground.UserPrincipalName,
        };
        await using var app = PciBotApp.Create(settings: new Dictionary<string, string?> { ["People:InitialAdmins:0"] = Playground.UserPrincipalName });

        // The first thing said is an admin command, not a people command: the UPN is asked of Teams all the same.
        await app.PostActivityAsync(Playground.Message(connector.ServiceUrl, "schedules"));
        var calls = await connector.WaitForCallsAsync(2);

        Assert.Equal(1, calls.Count(c => c.Method == "GET" && c.Path.EndsWith($"/members/{Playground.UserId}", StringComparison.Ordinal)));
        var answer = calls.Last(c => c.Method == "POST");
        Assert.DoesNotContain("only PciBot admins", (string?)answer.Body!["text"] ?? "", StringComparison.Ordinal);
        Assert.Contains("monthly", answer.CardText, StringComparison.Ordinal);

        await app.PostActivityAsync(Playground.Message(connector.ServiceUrl, "schedules", id: "second-ask"));
        await connector.WaitForCallsAsync(3);
        Assert.Equal(1, connector.Calls.Count(c => c.Method == "GET" && c.Path.EndsWith($"/members/{Playground.UserId}", StringComparison.Ordinal)));
    }
}
