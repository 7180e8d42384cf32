namespace PciBot.Exports;

internal static partial class ExportsLog
{
    [LoggerMessage(EventId = 900, Level = LogLevel.Information, Message = "Export {File} downloaded by person {PersonId}")]
    public static partial void Downloaded(ILogger logger, string file, int personId);

    [LoggerMessage(EventId = 901, Level = LogLevel.Warning, Message = "Export {File} refused for person {PersonId}: {Reason}")]
    public static partial void Refused(ILogger logger, string file, int? personId, string reason);

    [LoggerMessage(EventId = 902, Level = LogLevel.Warning, Message = "Exports:SigningKey is not set: download links are signed with a random key and stop working when the bot restarts")]
    public static partial void EphemeralKey(ILogger logger);
}
