using System.IO.Compression;
using System.Text.Json.Nodes;
using PciBot.AppPackage;

namespace PciBot.Tests.Manifest;

public sealed class AppPackageBuilderTests : IDisposable
{
    private static readonly Guid AppId = Guid.Parse("6d3c9a51-8f27-4b0e-9c14-2a7e5b8d0f63");

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheZipHoldsTheManifestTheIconsAndTheLocalizationFileAtItsRootAndNothingElse()
    {
        var zip = Build();

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["manifest.json", "color.png", "outline.png", "en-us.json"], archive.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void ThePackagedManifestUsesTheAppIdForTheAppAndTheBotAndKeepsTheManifestVersion()
    {
        var committed = ManifestJson.Load();

        var manifest = PackagedManifest(Build());

        Assert.Equal(AppId.ToString(), manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId.ToString(), manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(committed["version"]!.GetValue<string>(), manifest["version"]!.GetValue<string>());
        Assert.Equal(committed["manifestVersion"]!.GetValue<string>(), manifest["manifestVersion"]!.GetValue<string>());
    }

    [Fact]
    public void WithoutLinkOptionsOnlyTheIdsDifferFromTheCommittedManifestAndTheTabWhichNeedsAHostIsLeftOut()
    {
        var committed = ManifestJson.Load();
        var packaged = PackagedManifest(Build());

        Assert.Null(packaged["staticTabs"]);
        Assert.Null(packaged["configurableTabs"]);
        Assert.Null(packaged["webApplicationInfo"]);
        Assert.Empty(packaged["validDomains"]!.AsArray());
        foreach (var json in new[] { committed, packaged })
        {
            json.Remove("id");
            json["bots"]![0]!.AsObject().Remove("botId");
            foreach (var tabPart in new[] { "staticTabs", "configurableTabs", "webApplicationInfo", "validDomains" })
            {
                json.Remove(tabPart);
            }
        }

        Assert.True(JsonNode.DeepEquals(committed, packaged));
    }

    [Fact]
    public void WithADomainTheTabsAndSingleSignOnPointAtTheBotsHost()
    {
        var output = _folder.File("PciBot-tab.zip");
        AppPackageBuilder.Build(RepositoryFolder.Manifest, AppId, DeveloperUrls.ForHost("bot.example.gov.vn"), output, "bot.example.gov.vn");

        var manifest = PackagedManifest(output);

        Assert.Equal("https://bot.example.gov.vn/tab", manifest["staticTabs"]![0]!["contentUrl"]!.GetValue<string>());
        Assert.Equal(["personal"], manifest["staticTabs"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("https://bot.example.gov.vn/tab/configure", manifest["configurableTabs"]![0]!["configurationUrl"]!.GetValue<string>());
        Assert.Equal(AppId.ToString(), manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://bot.example.gov.vn/{AppId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal(["bot.example.gov.vn"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.DoesNotContain(ManifestTemplate.PlaceholderTabHost, manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheIconsAndTheLocalizationFileArePackagedUnchanged()
    {
        using var archive = ZipFile.OpenRead(Build());

        foreach (var name in new[] { "color.png", "outline.png", "en-us.json" })
        {
            using var entry = archive.GetEntry(name)!.Open();
            using var copy = new MemoryStream();
            entry.CopyTo(copy);
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryFolder.Manifest, name)), copy.ToArray());
        }
    }

    [Fact]
    public void TheDomainGivesTheDeveloperLinksAndAnExplicitLinkWins()
    {
        var urls = new DeveloperUrls(Privacy: new Uri("https://khanhhoa.gov.vn/chinh-sach-rieng-tu"))
            .Over(DeveloperUrls.ForHost("bot.example.gov.vn"));

        var developer = PackagedManifest(Build(urls))["developer"]!;

        Assert.Equal("https://bot.example.gov.vn/", developer["websiteUrl"]!.GetValue<string>());
        Assert.Equal("https://khanhhoa.gov.vn/chinh-sach-rieng-tu", developer["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://bot.example.gov.vn/terms", developer["termsOfUseUrl"]!.GetValue<string>());
    }

    [Fact]
    public void BuildingTwiceGivesTheSameBytes()
    {
        var first = File.ReadAllBytes(Build(name: "first.zip"));
        var second = File.ReadAllBytes(Build(name: "second.zip"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void ThePlaceholderAppIdIsNeverPackaged()
    {
        var zip = _folder.File("PciBot.zip");

        Assert.Throws<ArgumentException>(() =>
            AppPackageBuilder.Build(RepositoryFolder.Manifest, BotAppId.Placeholder, new DeveloperUrls(), zip));
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void TheCommittedManifestCarriesTheAllZeroPlaceholderAndNoRealAppId()
    {
        var manifest = ManifestJson.Load();

        Assert.Equal(Guid.Empty.ToString(), manifest["id"]!.GetValue<string>());
        Assert.Equal(Guid.Empty.ToString(), manifest["bots"]![0]!["botId"]!.GetValue<string>());
    }

    [Fact]
    public void APackageIsRefusedWhenTheManifestNamesAFileThatIsMissing()
    {
        using var manifest = new TemporaryFolder().WithCommittedManifest();
        File.Delete(manifest.File("en-us.json"));

        Assert.Throws<FileNotFoundException>(() =>
            AppPackageBuilder.Build(manifest.Path, AppId, new DeveloperUrls(), _folder.File("PciBot.zip")));
    }

    private string Build(DeveloperUrls? urls = null, string name = "PciBot.zip")
    {
        var zip = _folder.File(name);
        AppPackageBuilder.Build(RepositoryFolder.Manifest, AppId, urls ?? new DeveloperUrls(), zip);
        return zip;
    }

    private static JsonObject PackagedManifest(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var stream = archive.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }
}
