namespace PciBot.Graph;

internal static partial class GraphLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Graph answered {Status} to a {Method}; trying again in {Wait} (attempt {Attempt})")]
    public static partial void Retrying(ILogger logger, int status, HttpMethod method, TimeSpan wait, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph refused {Call} for want of a permission: {Detail}")]
    public static partial void PermissionMissing(ILogger logger, string call, string? detail);
}
