using System.ComponentModel.DataAnnotations;

namespace PciBot.Outbox;

/// <summary>How the outbox is sent: Teams' rate limits and the retry policy for what Teams refuses for a while.</summary>
internal sealed class DispatchOptions
{
    public const string SectionName = "Dispatch";

    /// <summary>Messages per second to one conversation (Teams: 7).</summary>
    [Range(1, 1000)]
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Messages per 30 seconds to one conversation (Teams: 60).</summary>
    [Range(1, 10000)]
    public int PerConversationPer30Seconds { get; set; } = 60;

    /// <summary>Messages per second for the whole app (Teams: 50 per app per tenant).</summary>
    [Range(1, 10000)]
    public int GlobalPerSecond { get; set; } = 50;

    /// <summary>Sends in flight at once.</summary>
    [Range(1, 256)]
    public int Parallelism { get; set; } = 16;

    /// <summary>Rows claimed per round.</summary>
    [Range(1, 10000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// How long a claimed row stays with this dispatcher before another may take it over; renewed as its post starts,
    /// so it must be longer than a post can take (Bot:Connector:TotalTimeout). A row a stopped dispatcher left
    /// claimed waits this long after a crash.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>How often the outbox is looked at when nothing signals new rows.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>On stop, how long sends in flight may still finish before they are abandoned and left to be retried.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan StopGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts before a message is given up and the Office told.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First wait after a transient failure; doubled at each attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Rows saved to a transaction when a fan-out is queued. SQLite has one writer: a fan-out of 10,000 rows saved at
    /// once would make every card submit and every stored message wait for it.
    /// </summary>
    [Range(1, 100000)]
    public int QueueChunk { get; set; } = 200;

    /// <summary>Where to open a personal chat with someone the bot has never talked to, when no conversation of the tenant is known yet.</summary>
    [Required]
    [Url]
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";
}
