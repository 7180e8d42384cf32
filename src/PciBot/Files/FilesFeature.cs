namespace PciBot.Files;

internal static class FilesFeature
{
    public static IHostApplicationBuilder AddFiles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FileDownloadOptions>()
            .BindConfiguration(FileDownloadOptions.SectionName)
            .Validate(o => o.AllowedHosts.All(FileHosts.IsValidPattern), "Files:AllowedHosts holds host names such as \"contoso.sharepoint.com\" or \"*.sharepoint.com\".")
            .ValidateOnStart();
        builder.Services.AddHttpClient(TeamsFileDownloader.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.Services.AddSingleton<TeamsFileDownloader>();
        return builder;
    }
}
