namespace PciBot.Testing;

/// <summary>What the fake connector may answer instead of serving a call.</summary>
[Flags]
public enum FakeFaults
{
    None = 0,

    /// <summary>429 with a <c>Retry-After</c>, as Teams answers when throttling.</summary>
    Throttle = 1,

    /// <summary>503, a transient failure of the service.</summary>
    Unavailable = 2,

    /// <summary>The call is served, but its answer is held longer than the client waits for it.</summary>
    Timeout = 4,
}
