using System.Text.Json;

namespace PciBot.AppPackage;

/// <summary>
/// Finds the app id where the bot itself would: the command line first, then the
/// configuration key Bot:AppId from the environment, then the repository's appsettings.json.
/// </summary>
internal static class AppIdSource
{
    public const string EnvironmentVariable = "Bot__AppId";
    public const string ConfigurationKey = "Bot:AppId";

    /// <summary>The value found and where it came from, or (null, null) when there is none.</summary>
    public static (string? Value, string? Origin) Find(
        string? argument, Func<string, string?> getEnvironmentVariable, string? appSettingsPath)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        if (argument is not null)
        {
            return (argument, "--app-id");
        }

        foreach (var name in new[] { EnvironmentVariable, ConfigurationKey })
        {
            var value = getEnvironmentVariable(name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return (value, $"environment variable {name}");
            }
        }

        var fromFile = appSettingsPath is null ? null : ReadFromAppSettings(appSettingsPath);
        return string.IsNullOrWhiteSpace(fromFile) ? (null, null) : (fromFile, $"{ConfigurationKey} in {appSettingsPath}");
    }

    private static string? ReadFromAppSettings(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var settings = JsonDocument.Parse(File.ReadAllBytes(path), options);

        // Configuration keys are case-insensitive, so "bot": { "appId": … } counts too.
        return Child(settings.RootElement, "Bot") is { } bot && Child(bot, "AppId") is { ValueKind: JsonValueKind.String } id
            ? id.GetString()
            : null;
    }

    private static JsonElement? Child(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in parent.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
