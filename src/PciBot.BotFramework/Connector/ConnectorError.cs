namespace PciBot.BotFramework.Connector;

/// <summary>The error body of the Bot Connector: <c>{"error":{"code","message"}}</c>.</summary>
internal sealed class ConnectorError
{
    public ConnectorErrorDetail? Error { get; set; }
}
