using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PciBot.Files;

namespace PciBot.Tests.Files;

public sealed class TeamsFileDownloaderTests : IAsyncLifetime
{
    private FileServer server = null!;

    public async Task InitializeAsync() => server = await FileServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task AFileOnAnAllowedHostIsDownloaded()
    {
        var download = await Downloader("Development").DownloadAsync(server.At("file/1234"), CancellationToken.None);

        Assert.Equal(FileRefusal.None, download.Refusal);
        Assert.Equal(1234, download.Bytes!.Length);
    }

    [Fact]
    public async Task LoopbackIsRefusedOutsideDevelopment()
    {
        var download = await Downloader("Production").DownloadAsync(server.At("file/10"), CancellationToken.None);

        Assert.Equal(FileRefusal.HostNotAllowed, download.Refusal);
        Assert.Equal("127.0.0.1", download.Detail);
    }

    [Theory]
    [InlineData("https://contoso.sharepoint.com/sites/pci/plan.xlsx", "Unavailable")]
    [InlineData("https://contoso-my.sharepoint.com/personal/a/plan.docx", "Unavailable")]
    [InlineData("https://sharepoint.com.evil.example/plan.xlsx", "HostNotAllowed")]
    [InlineData("https://evilsharepoint.com/plan.xlsx", "HostNotAllowed")]
    [InlineData("http://contoso.sharepoint.com/plan.xlsx", "HostNotAllowed")]
    [InlineData("https://10.0.0.5/plan.xlsx", "HostNotAllowed")]
    [InlineData("ftp://contoso.sharepoint.com/plan.xlsx", "NoAddress")]
    public async Task OnlyTheDefaultSharePointAndOneDriveHostsAreAskedOutsideDevelopment(string address, string expected)
    {
        var download = await Downloader("Production", hostsReachable: false).DownloadAsync(address, CancellationToken.None);

        Assert.Equal(expected, download.Refusal.ToString());
    }

    [Fact]
    public async Task ARedirectToAHostNotAllowedIsNotFollowed()
    {
        var download = await Downloader("Development").DownloadAsync(server.At("redirect?to=https://files.evil.example/plan.xlsx"), CancellationToken.None);

        Assert.Equal(FileRefusal.HostNotAllowed, download.Refusal);
        Assert.Equal("files.evil.example", download.Detail);
    }

    [Fact]
    public async Task ARedirectToAnAllowedHostIsFollowed()
    {
        var download = await Downloader("Development").DownloadAsync(server.At("redirect?to=/file/77"), CancellationToken.None);

        Assert.Equal(77, download.Bytes!.Length);
    }

    [Fact]
    public async Task EndlessRedirectsStop()
    {
        var download = await Downloader("Development").DownloadAsync(server.At("loop"), CancellationToken.None);

        Assert.Equal(FileRefusal.TooManyRedirects, download.Refusal);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("unsized")]
    public async Task NothingOverFiveMegabytesIsKeptWhetherOrNotItsLengthIsAnnounced(string path)
    {
        var downloader = Downloader("Development");

        var over = await downloader.DownloadAsync(server.At($"{path}/{TeamsFileDownloader.MaxBytes + 1}"), CancellationToken.None);
        var exactly = await downloader.DownloadAsync(server.At($"{path}/{TeamsFileDownloader.MaxBytes}"), CancellationToken.None);

        Assert.Equal(FileRefusal.TooLarge, over.Refusal);
        Assert.Null(over.Bytes);
        Assert.Equal(TeamsFileDownloader.MaxBytes, exactly.Bytes!.Length);
    }

    [Fact]
    public async Task AMissingFileSaysItsStatus()
    {
        var download = await Downloader("Development").DownloadAsync(server.At("missing"), CancellationToken.None);

        Assert.Equal(FileRefusal.Unavailable, download.Refusal);
        Assert.Equal("404", download.Detail);
    }

    [Fact]
    public void AHostListThatIsNotHostNamesStopsTheStart()
    {
        using var host = Build("Production", ["*.sharepoint.com", "not a host"]);

        var error = Assert.ThrowsAny<Exception>(() => host.Services.GetRequiredService<TeamsFileDownloader>());

        Assert.Contains("Files:AllowedHosts", error.ToString(), StringComparison.Ordinal);
    }

    private static TeamsFileDownloader Downloader(string environment, bool hostsReachable = true)
    {
        var host = Build(environment, [], hostsReachable);
        return host.Services.GetRequiredService<TeamsFileDownloader>();
    }

    private static IHost Build(string environment, string[] hosts, bool hostsReachable = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        for (var i = 0; i < hosts.Length; i++)
        {
            builder.Configuration[$"Files:AllowedHosts:{i}"] = hosts[i];
        }

        builder.AddFiles();
        if (!hostsReachable)
        {
            builder.Services.AddHttpClient(TeamsFileDownloader.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new Unreachable());
        }

        return builder.Build();
    }

    /// <summary>Stands for the internet, which this machine cannot reach: every request that gets this far fails.</summary>
    private sealed class Unreachable : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException(HttpRequestError.ConnectionError, "unreachable");
    }
}
