using System.IO.Compression;
using System.Text.Json.Nodes;
using PciBot.AppPackage;

namespace PciBot.Tests.Manifest;

public sealed class ManifestSchemaTests(SchemaValidator validator) : IClassFixture<SchemaValidator>
{
    private static readonly Guid RealLookingAppId = Guid.Parse("6d3c9a51-8f27-4b0e-9c14-2a7e5b8d0f63");

    [Fact]
    public async Task TheCommittedManifestAndItsLocalizationFileMatchTheOfficialSchemas()
    {
        var run = await validator.ValidateAsync(
            Path.Combine(RepositoryFolder.Manifest, "manifest.json"), Path.Combine(RepositoryFolder.Manifest, "en-us.json"));

        Assert.True(run.ExitCode == 0, run.Printed);
    }

    [Fact]
    public async Task TheManifestInABuiltPackageMatchesTheOfficialSchemas()
    {
        using var folder = new TemporaryFolder();
        var zip = folder.File("PciBot.zip");
        AppPackageBuilder.Build(RepositoryFolder.Manifest, RealLookingAppId, DeveloperUrls.ForHost("bot.example.gov.vn"), zip, "bot.example.gov.vn");
        var unpacked = Directory.CreateDirectory(folder.File("unpacked")).FullName;
        await ZipFile.ExtractToDirectoryAsync(zip, unpacked);

        var run = await validator.ValidateAsync(Path.Combine(unpacked, "manifest.json"), Path.Combine(unpacked, "en-us.json"));

        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Contains(RealLookingAppId.ToString(), await File.ReadAllTextAsync(Path.Combine(unpacked, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManifestThatBreaksTheSchemaIsRejected()
    {
        using var folder = new TemporaryFolder().WithCommittedManifest();
        Edit(folder.File("manifest.json"), manifest =>
        {
            manifest["name"]!["short"] = "PciBot – Kế hoạch cải thiện PCI và PGI";
            manifest["bots"]![0]!["scopes"]!.AsArray().Add("meetings");
        });

        var run = await validator.ValidateAsync(folder.File("manifest.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/name/short", run.Error, StringComparison.Ordinal);
        Assert.Contains("/bots/0/scopes/3", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALocalizationFileThatBreaksTheSchemaIsRejected()
    {
        using var folder = new TemporaryFolder().WithCommittedManifest();
        Edit(folder.File("en-us.json"), strings =>
        {
            strings["name.short"] = "PciBot, the PCI and PGI improvement plan bot";
            strings["tagline"] = "not a localizable key";
        });

        var run = await validator.ValidateAsync(folder.File("en-us.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("name.short", run.Error, StringComparison.Ordinal);
        Assert.Contains("tagline", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManifestWhoseIconIsMissingIsRejected()
    {
        using var folder = new TemporaryFolder().WithCommittedManifest();
        File.Delete(folder.File("outline.png"));

        var run = await validator.ValidateAsync(folder.File("manifest.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("outline.png", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASchemaThatIsNotBundledIsReportedInsteadOfDownloaded()
    {
        using var folder = new TemporaryFolder().WithCommittedManifest();
        Edit(folder.File("manifest.json"), manifest =>
            manifest["$schema"] = "https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json");

        var run = await validator.ValidateAsync(folder.File("manifest.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not bundled", run.Error, StringComparison.Ordinal);
    }

    private static void Edit(string path, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
        change(json);
        File.WriteAllText(path, json.ToJsonString());
    }
}
