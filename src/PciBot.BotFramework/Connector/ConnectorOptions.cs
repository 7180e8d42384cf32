using System.ComponentModel.DataAnnotations;

namespace PciBot.BotFramework.Connector;

/// <summary>Retries and timeouts of Bot Connector calls; bound from the <c>Bot:Connector</c> section.</summary>
public sealed class ConnectorOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot:Connector";

    /// <summary>
    /// The service key of the <see cref="TimeProvider"/> the client waits on: backoff, <c>Retry-After</c> and timeouts.
    /// Teams counts them in real time, whatever clock the rest of the host keeps (a test may freeze that one), so
    /// <c>AddBotFramework</c> registers <see cref="TimeProvider.System"/> under this key unless one is registered already.
    /// </summary>
    public const string ClockKey = "PciBot.BotFramework.Connector.Clock";

    /// <summary>How many times a throttled or transiently failed call is retried (0 to turn retries off).</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first backoff delay; it doubles with each retry and gets random jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits for itself. A longer one is not retried: the
    /// <see cref="ConnectorException"/> carries it in <see cref="ConnectorException.RetryAfter"/> for the caller to schedule.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The time one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time a call may take with all its retries and waits.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
