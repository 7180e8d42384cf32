using System.IO.Compression;
using System.Text.Json.Nodes;
using PciBot.AppPackage;

namespace PciBot.Tests.Manifest;

public sealed class AppPackageCliTests : IDisposable
{
    private const string AppId = "6d3c9a51-8f27-4b0e-9c14-2a7e5b8d0f63";

    // A repository of its own: PciBot.sln marks the root, manifest/ holds a copy of the committed files.
    private readonly TemporaryFolder _repository = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly Dictionary<string, string> _environment = [];

    public AppPackageCliTests()
    {
        File.WriteAllText(_repository.File("PciBot.sln"), "");
        Directory.CreateDirectory(_repository.File("manifest"));
        foreach (var file in Directory.EnumerateFiles(RepositoryFolder.Manifest))
        {
            File.Copy(file, Path.Combine(_repository.File("manifest"), Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        _repository.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    [Fact]
    public void PackageWritesTheZipWithTheGivenAppId()
    {
        var exitCode = Run("package", "--app-id", AppId);

        Assert.Equal(0, exitCode);
        Assert.Equal(AppId, PackagedAppId());
        Assert.Contains("manifest.json, color.png, outline.png, en-us.json", _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{{BOT_APP_ID}}")]
    [InlineData("6d3c9a51-8f27-4b0e-9c14")]
    [InlineData("6d3c9a51-8f27-4b0e-9c14-2a7e5b8d0f6z")]
    public void PackageRefusesAnEmptyMalformedOrPlaceholderAppIdAndWritesNothing(string appId)
    {
        var exitCode = Run("package", "--app-id", appId);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_repository.File("PciBot.zip")));
    }

    [Fact]
    public void PackageSaysWhereToGetTheAppIdWhenThereIsNone()
    {
        var exitCode = Run("package");

        Assert.Equal(2, exitCode);
        Assert.Contains("Bot__AppId", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Azure Bot", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot__AppId")]
    [InlineData("Bot:AppId")]
    public void PackageReadsTheAppIdFromTheEnvironment(string variable)
    {
        _environment[variable] = AppId;

        Assert.Equal(0, Run("package"));
        Assert.Equal(AppId, PackagedAppId());
    }

    [Fact]
    public void PackageReadsTheAppIdFromTheRepositoryAppSettings()
    {
        File.WriteAllText(_repository.File("appsettings.json"), $$"""
            {
              // the bot's own settings
              "Bot": { "AppId": "{{AppId}}", "TenantId": "c0ffee00-0000-4000-8000-000000000001" }
            }
            """);

        Assert.Equal(0, Run("package"));
        Assert.Equal(AppId, PackagedAppId());
    }

    [Fact]
    public void TheCommandLineWinsOverTheEnvironment()
    {
        _environment["Bot__AppId"] = "0f0e0d0c-0b0a-4908-8706-050403020100";

        Assert.Equal(0, Run("package", "--app-id", AppId));
        Assert.Equal(AppId, PackagedAppId());
    }

    [Fact]
    public void APlaceholderInTheEnvironmentIsRefusedAndNamedAsTheSource()
    {
        _environment["Bot__AppId"] = Guid.Empty.ToString();

        Assert.Equal(2, Run("package"));
        Assert.Contains("environment variable Bot__AppId", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PackageWritesWhereOutPoints()
    {
        Assert.Equal(0, Run("package", "--app-id", AppId, "--out", "build/PciBot-test.zip"));
        Assert.True(File.Exists(_repository.File("build/PciBot-test.zip")));
    }

    [Fact]
    public void TheDomainGivesTheDeveloperLinksAndTheMessagingEndpointToConfigure()
    {
        Assert.Equal(0, Run("package", "--app-id", AppId, "--domain", "bot.example.gov.vn"));

        Assert.Equal("https://bot.example.gov.vn/privacy", PackagedManifest()["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Contains("https://bot.example.gov.vn/api/messages", _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--domain", "https://bot.example.gov.vn")]
    [InlineData("--domain", "bot.example.gov.vn/api/messages")]
    [InlineData("--privacy-url", "http://khanhhoa.gov.vn/")]
    [InlineData("--terms-url", "terms.html")]
    [InlineData("--frobnicate", "1")]
    public void PackageRefusesBadOptions(string option, string value)
    {
        Assert.Equal(2, Run("package", "--app-id", AppId, option, value));
        Assert.False(File.Exists(_repository.File("PciBot.zip")));
    }

    [Fact]
    public void AnUnknownCommandIsRefusedWithTheUsage()
    {
        Assert.Equal(2, Run("publish"));
        Assert.Contains("Usage:", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IconsRedrawsTheCommittedIcons()
    {
        File.Delete(_repository.File("manifest/color.png"));
        File.Delete(_repository.File("manifest/outline.png"));

        Assert.Equal(0, Run("icons"));

        foreach (var name in new[] { "color.png", "outline.png" })
        {
            var committed = PngFile.Read(Path.Combine(RepositoryFolder.Manifest, name));
            var drawn = PngFile.Read(_repository.File($"manifest/{name}"));
            Assert.Equal((committed.Width, committed.Height, committed.ColourType), (drawn.Width, drawn.Height, drawn.ColourType));
            Assert.Equal(committed.Rgba, drawn.Rgba);
        }
    }

    private int Run(params string[] args)
    {
        var cli = new AppPackageCli(_output, _error, name => _environment.GetValueOrDefault(name), _repository.Path);
        return cli.Run(args);
    }

    private JsonObject PackagedManifest()
    {
        using var archive = ZipFile.OpenRead(_repository.File("PciBot.zip"));
        using var stream = archive.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }

    private string PackagedAppId() => PackagedManifest()["id"]!.GetValue<string>();
}
