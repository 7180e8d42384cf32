using Microsoft.Extensions.Options;

namespace PciBot.BotFramework.Connector;

/// <summary>Checks that the delays and timeouts fit together and lie within what the retry pipeline accepts.</summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        var failures = new List<string>();
        const string section = ConnectorOptions.SectionName;

        if (options.BaseDelay <= TimeSpan.Zero || options.BaseDelay > options.MaxDelay)
        {
            failures.Add($"{section}:BaseDelay must be positive and not longer than {section}:MaxDelay.");
        }

        if (options.MaxDelay > MaxTimeout)
        {
            failures.Add($"{section}:MaxDelay must not be longer than {MaxTimeout}.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero || options.MaxRetryAfter > MaxTimeout)
        {
            failures.Add($"{section}:MaxRetryAfter must lie between 0 and {MaxTimeout}.");
        }

        if (options.AttemptTimeout < MinTimeout || options.AttemptTimeout > MaxTimeout)
        {
            failures.Add($"{section}:AttemptTimeout must lie between {MinTimeout} and {MaxTimeout}.");
        }

        if (options.TotalTimeout < options.AttemptTimeout || options.TotalTimeout > MaxTimeout)
        {
            failures.Add($"{section}:TotalTimeout must lie between {section}:AttemptTimeout and {MaxTimeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
