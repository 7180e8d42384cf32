using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;
using PciBot.BotFramework.Tests.TestSupport;

namespace PciBot.BotFramework.Tests.Schema;

public sealed class InvokeResponseJsonTests
{
    [Fact]
    public void ACardAnswerCarriesTheCardAsItsValue()
    {
        var response = AdaptiveCardInvokeResponse.Card(new AdaptiveCard { Body = [new TextBlock("Đã xác nhận")] });

        JsonAssert.Equivalent(
            """
            {"statusCode":200,"type":"application/vnd.microsoft.card.adaptive",
             "value":{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
                      "body":[{"type":"TextBlock","text":"Đã xác nhận"}]}}
            """,
            JsonAssert.Serialize(response));
    }

    [Fact]
    public void AMessageAnswerCarriesTheText()
        => JsonAssert.Equivalent(
            """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Done"}""",
            JsonAssert.Serialize(AdaptiveCardInvokeResponse.Message("Done")));

    [Fact]
    public void AnErrorAnswerCarriesCodeAndMessage()
        => JsonAssert.Equivalent(
            """{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadRequest","message":"Unknown verb"}}""",
            JsonAssert.Serialize(AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Unknown verb")));

    [Fact]
    public void AnAdaptiveCardActionIsAnsweredWithHttp200WhateverTheInnerStatus()
    {
        var response = InvokeResponse.ForAdaptiveCardAction(AdaptiveCardInvokeResponse.Error(400, "BadRequest", "x"));

        Assert.Equal(200, response.Status);
        Assert.IsType<AdaptiveCardInvokeResponse>(response.Body);
    }
}
