namespace PciBot.BotFramework.Connector;

/// <summary>The <c>error</c> member of a Bot Connector error body.</summary>
internal sealed class ConnectorErrorDetail
{
    public string? Code { get; set; }

    public string? Message { get; set; }
}
