using Microsoft.Extensions.Options;

namespace PciBot.Graph;

/// <summary>Checks what the attributes cannot: an HTTPS address (plain HTTP only on loopback), and the app's catalog id when installing.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            || !string.IsNullOrEmpty(uri.Query))
        {
            return ValidateOptionsResult.Fail($"{GraphOptions.SectionName}:BaseUrl ({options.BaseUrl}) must be an absolute HTTPS address without a query.");
        }

        if (options.InstallApp && string.IsNullOrWhiteSpace(options.TeamsAppId))
        {
            return ValidateOptionsResult.Fail($"{GraphOptions.SectionName}:InstallApp needs {GraphOptions.SectionName}:TeamsAppId, the app's id in the organisation's app catalog.");
        }

        return options.MaxRetryAfter <= TimeSpan.Zero || options.BaseDelay < TimeSpan.Zero
            ? ValidateOptionsResult.Fail($"{GraphOptions.SectionName}:MaxRetryAfter must be positive and {GraphOptions.SectionName}:BaseDelay not negative.")
            : ValidateOptionsResult.Success;
    }
}
