using System.Text.Json;
using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Tests.Schema;

public sealed class ChannelAccountJsonTests
{
    [Fact]
    public void TheCorrectlySpelledUserPrincipalNameWinsAndOnlyItIsWritten()
    {
        var account = JsonSerializer.Deserialize<ChannelAccount>("""{"userPrincipleName":"wrong@example.com","userPrincipalName":"right@example.com"}""", BotJson.Options)!;
        var reversed = JsonSerializer.Deserialize<ChannelAccount>("""{"userPrincipalName":"right@example.com","userPrincipleName":"wrong@example.com"}""", BotJson.Options)!;

        Assert.Equal("right@example.com", account.UserPrincipalName);
        Assert.Equal("right@example.com", reversed.UserPrincipalName);
        Assert.Equal("""{"userPrincipalName":"right@example.com"}""", JsonSerializer.Serialize(account, BotJson.Options));
    }
}
