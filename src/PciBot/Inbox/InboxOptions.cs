namespace PciBot.Inbox;

/// <summary>How stored incoming messages are held, taken over and forgotten.</summary>
internal sealed class InboxOptions
{
    public const string SectionName = "Inbox";

    /// <summary>
    /// This instance's name. A message held under this name when the instance starts was left by its previous run and
    /// is answered first. Several instances on one machine need different names; empty means the machine's name.
    /// </summary>
    public string Instance { get; set; } = "";

    /// <summary>How long an instance holds a message before another may take it over: longer than any answer takes.</summary>
    public TimeSpan Hold { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often each instance looks for messages another instance held and did not answer.</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an answered message is kept, so that Teams delivering it again is recognised.</summary>
    public TimeSpan KeepDone { get; set; } = TimeSpan.FromDays(1);

    public string InstanceName => string.IsNullOrWhiteSpace(Instance) ? Environment.MachineName : Instance;
}
