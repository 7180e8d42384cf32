using System.Net;

namespace PciBot.People;

internal static partial class PeopleLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Could not read a member's user principal name from Teams ({Status})")]
    public static partial void PrincipalNameUnavailable(ILogger logger, HttpStatusCode status);
}
