using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PciBot.BotFramework.Authentication;

/// <summary>The rules that data annotations cannot express, checked at start-up.</summary>
internal sealed class BotFrameworkOptionsValidator(IHostEnvironment environment, IConfiguration configuration)
    : IValidateOptions<BotFrameworkOptions>
{
    private const string UserSecretsFileName = "secrets.json";

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        var hasAppId = !string.IsNullOrWhiteSpace(options.AppId);
        const string section = BotFrameworkOptions.SectionName;

        if (options.AllowUnauthenticated)
        {
            if (hasAppId)
            {
                failures.Add($"{section}:AllowUnauthenticated cannot be combined with {section}:AppId; remove one of them.");
            }

            if (!environment.IsDevelopment())
            {
                failures.Add(
                    $"{section}:AllowUnauthenticated is only allowed in the Development environment (this is '{environment.EnvironmentName}').");
            }
        }
        else if (!hasAppId)
        {
            failures.Add(
                $"{section}:AppId is not set. Set {section}:AppId, {section}:TenantId and {section}:AppPassword, or for local "
                + $"development without a bot registration set {section}:AllowUnauthenticated=true in the Development environment.");
        }

        if (hasAppId && string.IsNullOrWhiteSpace(options.AppPassword))
        {
            failures.Add($"{section}:AppPassword is required with {section}:AppId; set it through the environment variable Bot__AppPassword.");
        }

        if (hasAppId && string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add($"{section}:TenantId is required with {section}:AppId (the bot is a single-tenant app).");
        }

        if (FindPasswordInSettingsFile() is { } file)
        {
            failures.Add($"{section}:AppPassword must not be stored in '{file}'; set it through an environment variable or user secrets.");
        }

        CheckUrl(failures, nameof(options.OpenIdMetadataUrl), options.OpenIdMetadataUrl, options.RequireHttpsMetadata);
        CheckUrl(failures, nameof(options.TokenAuthority), options.TokenAuthority, requireHttps: true);
        if (string.IsNullOrWhiteSpace(options.ValidIssuer))
        {
            failures.Add($"{section}:ValidIssuer must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(List<string> failures, string key, string? value, bool requireHttps)
    {
        var valid = Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (!requireHttps && uri.Scheme == Uri.UriSchemeHttp));
        if (!valid)
        {
            failures.Add($"{BotFrameworkOptions.SectionName}:{key} must be an absolute {(requireHttps ? "HTTPS" : "HTTP(S)")} URL.");
        }
    }

    private string? FindPasswordInSettingsFile()
    {
        if (configuration is not IConfigurationRoot root)
        {
            return null;
        }

        const string key = $"{BotFrameworkOptions.SectionName}:{nameof(BotFrameworkOptions.AppPassword)}";
        foreach (var provider in root.Providers)
        {
            if (provider is FileConfigurationProvider { Source.Path: { } path }
                && !string.Equals(Path.GetFileName(path), UserSecretsFileName, StringComparison.OrdinalIgnoreCase)
                && provider.TryGet(key, out var value)
                && !string.IsNullOrEmpty(value))
            {
                return path;
            }
        }

        return null;
    }
}
