namespace PciBot.Messaging;

/// <summary>How many chat messages one person may send before the bot asks them to slow down.</summary>
internal sealed class ChatLimitOptions
{
    public const string SectionName = "Messaging:ChatLimit";

    /// <summary>Messages a person may send at once, after a quiet while.</summary>
    public int Burst { get; set; } = 10;

    /// <summary>Messages a person may go on sending per minute once the burst is spent.</summary>
    public int PerMinute { get; set; } = 20;
}
