using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;

namespace PciBot.Outbox;

/// <summary>Checks what the attributes cannot: a claim outlasts the longest post, or two dispatchers could both post.</summary>
internal sealed class DispatchOptionsValidator(IOptions<ConnectorOptions> connector) : IValidateOptions<DispatchOptions>
{
    public ValidateOptionsResult Validate(string? name, DispatchOptions options)
    {
        var longestPost = connector.Value.TotalTimeout;
        return options.ClaimLease > longestPost
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{DispatchOptions.SectionName}:ClaimLease ({options.ClaimLease}) must be longer than {ConnectorOptions.SectionName}:TotalTimeout ({longestPost}), the longest a post can take.");
    }
}
