using PciBot.BotFramework.Schema;
using PciBot.Kit;
using PciBot.Localization;

namespace PciBot.Messaging;

/// <summary>A greeting, a call for help or an empty message: answered with the help card.</summary>
internal sealed class HelpChat : IChatGrammar, IChatCommandHandler
{
    private static readonly HashSet<string> HelpPhrases = new(StringComparer.Ordinal)
    {
        "help", "tro giup", "giup", "giup do", "huong dan", "menu", "?", "hello", "hi", "xin chao", "chao", "start",
    };

    public ValueTask<ChatCommand?> TryParseAsync(ChatInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueTask.FromResult<ChatCommand?>(input.Text.Length == 0 || HelpPhrases.Contains(input.Text) ? new HelpCommand() : null);
    }

    public Task HandleAsync(ChatCommand command, ChatInput input, Activity incoming, Activity reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        reply.Attachments = [HelpCard.Build(BotTexts.For(incoming.Locale)).ToAttachment()];
        return Task.CompletedTask;
    }
}
