using System.Text.Json;
using PciBot.AppPackage.Icons;

namespace PciBot.AppPackage;

/// <summary>The <c>package</c> and <c>icons</c> commands, with the process's outside world passed in.</summary>
internal sealed class AppPackageCli(
    TextWriter output, TextWriter error, Func<string, string?> getEnvironmentVariable, string currentDirectory)
{
    public const string Usage = """
        Usage:
          dotnet run --project tools/PciBot.AppPackage -- package --app-id <GUID> [--domain <host>] [--out <file.zip>]
              [--website-url <https URL>] [--privacy-url <https URL>] [--terms-url <https URL>] [--manifest-dir <dir>]
          dotnet run --project tools/PciBot.AppPackage -- icons [--out-dir <dir>]

        package  writes the Teams app package (default PciBot.zip in the current folder).
                 The app id is the Microsoft App ID of the Azure Bot resource; without --app-id it is
                 read from the environment variable Bot__AppId (or Bot:AppId), then from Bot:AppId in
                 the repository's appsettings.json. The placeholder all-zero GUID is refused.
                 --domain sets the developer links to https://<host>/, /privacy and /terms; the
                 --*-url options set them one by one. Otherwise the manifest's links are kept.
                 --domain also points the dashboard tab (personal and channel tabs, single sign-on)
                 at https://<host>/tab; without it the package has no tab.
        icons    draws color.png (192x192) and outline.png (32x32) into manifest/.
        """;

    private static readonly Dictionary<string, string[]> KnownOptions = new(StringComparer.Ordinal)
    {
        ["package"] = ["--app-id", "--domain", "--out", "--website-url", "--privacy-url", "--terms-url", "--manifest-dir"],
        ["icons"] = ["--out-dir"],
    };

    public int Run(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 1 && args[0] is "help" or "--help" or "-h")
        {
            output.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var commandLine = CommandLine.Parse(args, KnownOptions, out var problem);
        if (commandLine is null)
        {
            return Refuse($"{problem}.\n\n{Usage}");
        }

        try
        {
            return commandLine.Command == "package" ? Package(commandLine) : Icons(commandLine);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or UriFormatException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private int Package(CommandLine commandLine)
    {
        var repository = RepositoryPaths.Find(currentDirectory);
        var manifestDirectory = commandLine["--manifest-dir"] is { } dir
            ? Path.GetFullPath(dir, currentDirectory)
            : repository?.ManifestDirectory;
        if (manifestDirectory is null)
        {
            return Refuse("cannot find the repository (no PciBot.sln above this folder); pass --manifest-dir.");
        }

        var (appIdText, origin) = AppIdSource.Find(commandLine["--app-id"], getEnvironmentVariable, repository?.AppSettings);
        if (appIdText is null)
        {
            return Refuse(
                "no app id. Pass --app-id <GUID>, set the environment variable Bot__AppId, or set Bot:AppId in appsettings.json " +
                "to the Microsoft App ID of the Azure Bot resource.");
        }

        if (BotAppId.Problem(appIdText) is { } appIdProblem)
        {
            return Refuse($"{appIdProblem} (from {origin}).");
        }

        var urls = new DeveloperUrls();
        var host = commandLine["--domain"];
        if (host is not null)
        {
            if (DeveloperUrls.HostProblem(host) is { } hostProblem)
            {
                return Refuse(hostProblem + ".");
            }

            urls = DeveloperUrls.ForHost(host);
        }

        var explicitUrls = new Uri?[3];
        string[] urlOptions = ["--website-url", "--privacy-url", "--terms-url"];
        for (var i = 0; i < urlOptions.Length; i++)
        {
            if (commandLine[urlOptions[i]] is not { } text)
            {
                continue;
            }

            if (DeveloperUrls.UrlProblem(text) is { } urlProblem)
            {
                return Refuse($"{urlOptions[i]}: {urlProblem}.");
            }

            explicitUrls[i] = new Uri(text);
        }

        urls = new DeveloperUrls(explicitUrls[0], explicitUrls[1], explicitUrls[2]).Over(urls);
        var outputPath = Path.GetFullPath(commandLine["--out"] ?? "PciBot.zip", currentDirectory);
        var summary = AppPackageBuilder.Build(manifestDirectory, BotAppId.Parse(appIdText), urls, outputPath, host);

        output.WriteLine($"Wrote {summary.OutputPath}");
        output.WriteLine($"  app id {summary.AppId} (from {origin}), app version {summary.AppVersion}, manifest schema {summary.ManifestVersion}");
        output.WriteLine($"  entries: {string.Join(", ", summary.Entries)}");
        if (host is not null)
        {
            output.WriteLine($"  messaging endpoint to set on the Azure Bot resource: https://{host}/api/messages");
        }

        return ExitCodes.Success;
    }

    private int Icons(CommandLine commandLine)
    {
        var outputDirectory = commandLine["--out-dir"] is { } dir
            ? Path.GetFullPath(dir, currentDirectory)
            : RepositoryPaths.Find(currentDirectory)?.ManifestDirectory;
        if (outputDirectory is null)
        {
            return Refuse("cannot find the repository (no PciBot.sln above this folder); pass --out-dir.");
        }

        Directory.CreateDirectory(outputDirectory);
        foreach (var (name, image) in new[] { ("color.png", IconPainter.DrawColor()), ("outline.png", IconPainter.DrawOutline()) })
        {
            var path = Path.Combine(outputDirectory, name);
            var png = PngEncoder.Encode(image);
            File.WriteAllBytes(path, png);
            output.WriteLine($"Wrote {path} ({image.Width}x{image.Height}, {png.Length} bytes)");
        }

        return ExitCodes.Success;
    }

    private int Refuse(string message)
    {
        error.WriteLine($"error: {message}");
        return ExitCodes.Refused;
    }
}
