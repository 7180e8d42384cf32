namespace PciBot.Outbox;

/// <summary>The recipient cannot be messaged: never seen in Teams, blocked the bot, or removed it.</summary>
internal sealed class UnreachableException : Exception
{
    public UnreachableException()
    {
    }

    public UnreachableException(string message)
        : base(message)
    {
    }

    public UnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
