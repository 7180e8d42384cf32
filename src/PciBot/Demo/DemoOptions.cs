namespace PciBot.Demo;

/// <summary>What the Development environment adds for trying the bot: a roster of people with roles.</summary>
internal sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>The demo roster, relative to the content root; read at each start in Development only. Empty: no roster.</summary>
    public string? RosterFile { get; set; }
}
