using PciBot.Telemetry;

namespace PciBot.Tests.Telemetry;

public sealed class UrlRedactionTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/apac/v3/conversations/a:1Xyz-personal/activities/1700000000000", "https://smba.trafficmanager.net/apac/v3/conversations/{id}/activities/{id}")]
    [InlineData("https://smba.trafficmanager.net/teams/v3/conversations/19:abc@thread.tacv2/members/29:1user", "https://smba.trafficmanager.net/teams/v3/conversations/{id}/members/{id}")]
    [InlineData("https://smba.trafficmanager.net/teams/v3/conversations", "https://smba.trafficmanager.net/teams/v3/conversations")]
    [InlineData("https://contoso.sharepoint.com/personal/nguyen_van_a/Documents/ke-hoach.xlsx?tempauth=secret", "https://contoso.sharepoint.com/{path}")]
    [InlineData("https://login.microsoftonline.com/tenant-id/oauth2/v2.0/token", "https://login.microsoftonline.com/{path}")]
    public void IdsFileNamesAndQueriesAreLeftOut(string address, string shown) =>
        Assert.Equal(shown, UrlRedaction.Redact(new Uri(address)));
}
