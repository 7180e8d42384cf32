using PciBot.Kit;

namespace PciBot.Messaging;

/// <summary>
/// Reads a message with the grammars the features registered, by precedence and, within one, in registration order;
/// the first grammar that recognises the message claims it.
/// </summary>
internal sealed class ChatParser(IEnumerable<ChatRoute> routes, IServiceProvider services)
{
    private readonly ChatRoute[] ordered = routes.OrderBy(r => r.Precedence).ToArray();

    /// <summary>The command and the route of the grammar that claimed it, or null when none did.</summary>
    public async Task<(ChatCommand Command, ChatRoute Route)?> ParseAsync(ChatInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var route in ordered)
        {
            if (await ((IChatGrammar)services.GetRequiredService(route.Grammar)).TryParseAsync(input, ct) is { } command)
            {
                return (command, route);
            }
        }

        return null;
    }
}
