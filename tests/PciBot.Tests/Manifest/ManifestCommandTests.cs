using System.Text;

namespace PciBot.Tests.Manifest;

public sealed class ManifestCommandTests
{
    [Fact]
    public void TheTestCommandListHoldsExactlyTheManifestCommandsInTheirOrder()
    {
        var fromManifest = ManifestJson.Commands(ManifestJson.Load()).Select(c => (c.Scope, c.Title)).ToList();

        Assert.Equal(fromManifest, ManifestCommandData.ManifestCommands);
    }

    [Fact]
    public void EachScopeHasItsOwnCommandList()
    {
        var lists = ManifestJson.Load()["bots"]![0]!["commandLists"]!.AsArray();
        var scopes = lists.Select(list => string.Join(",", list!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()))).ToList();

        Assert.Equal(["personal", "team", "groupChat"], scopes);
    }

    [Fact]
    public void TheBotIsInstallableInEveryScopeThatHasCommands()
    {
        var bot = ManifestJson.Load()["bots"]![0]!;
        var scopes = bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet();

        Assert.Equal(["personal", "team", "groupChat"], scopes);
        Assert.All(ManifestCommandData.ManifestCommands, c => Assert.Contains(c.Scope, scopes));
    }

    [Fact]
    public void TheBotAcceptsFilesSoAdminsCanSendAPlanToImport()
    {
        var bot = ManifestJson.Load()["bots"]![0]!;

        Assert.True(bot["supportsFiles"]!.GetValue<bool>());
    }

    [Fact]
    public void NoCommandIsListedTwiceInOneScope()
    {
        var duplicates = ManifestCommandData.ManifestCommands.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void TheOfficeChannelCommandIsOfferedInTeamsOnly()
    {
        var scopes = ManifestCommandData.ManifestCommands.Where(c => c.Title == "đặt làm kênh Văn phòng").Select(c => c.Scope);

        Assert.Equal(["team"], scopes);
    }

    [Fact]
    public void CommandTitlesAreNfcNormalizedSoTheBotReceivesTheTextItMatches()
    {
        // Precomposed Vietnamese letters: "ợ" must be U+1EE3, not "o" with two combining marks.
        Assert.All(ManifestCommandData.ManifestCommands, c => Assert.True(c.Title.IsNormalized(NormalizationForm.FormC), c.Title));
    }

    [Fact]
    public void CommandsFitTheStricterLimitsOfSchemasBefore121()
    {
        // Schemas up to 1.20 allowed 32 characters per title and 128 per description. Staying
        // within them keeps every title and description whole in any client.
        Assert.All(ManifestJson.Commands(ManifestJson.Load()), c =>
        {
            Assert.InRange(c.Title.Length, 1, 32);
            Assert.InRange(c.Description.Length, 1, 128);
        });
    }
}
