using PciBot.Kit;

namespace PciBot.Messaging;

/// <summary>A greeting, a call for help or an empty message.</summary>
internal sealed class HelpGrammar : IChatGrammar
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
}
