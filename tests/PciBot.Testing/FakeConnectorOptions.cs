namespace PciBot.Testing;

/// <summary>How the fake connector behaves. The defaults serve every call at once, with no limit and no fault.</summary>
public sealed class FakeConnectorOptions
{
    /// <summary>Whether Teams' limits per conversation apply: <see cref="PerConversationPerSecond"/> and <see cref="PerConversationPer30Seconds"/>.</summary>
    public bool EnforceConversationLimits { get; init; }

    public int PerConversationPerSecond { get; init; } = 7;

    public int PerConversationPer30Seconds { get; init; } = 60;

    /// <summary>Calls per second for the whole bot, all conversations together; null for no limit.</summary>
    public int? GlobalPerSecond { get; init; }

    /// <summary>The fraction of calls (0 to 1) answered with one of <see cref="Faults"/> instead of being served normally.</summary>
    public double FaultRate { get; init; }

    public FakeFaults Faults { get; init; } = FakeFaults.Throttle | FakeFaults.Unavailable;

    /// <summary>Seed of the draw of faults.</summary>
    public int Seed { get; init; } = 20231211;

    /// <summary>The <c>Retry-After</c> of an injected 429, in whole seconds as Teams sends it.</summary>
    public int InjectedRetryAfterSeconds { get; init; } = 1;

    /// <summary>How long a <see cref="FakeFaults.Timeout"/> holds its answer: more than the client's attempt timeout.</summary>
    public TimeSpan TimeoutHold { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long every call waits before it is served; can be changed later with <see cref="FakeConnector.Latency"/>.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>The loopback port to listen on; 0 for any free one. A restarted connector keeps its service URL on the same port.</summary>
    public int Port { get; init; }

    /// <summary>Whether each call's JSON body is kept; a long load run keeps only paths and counts.</summary>
    public bool KeepBodies { get; init; } = true;
}
