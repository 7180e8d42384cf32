using PciBot.BotFramework.Schema;
using PciBot.Kit;
using PciBot.Kit.Roles;
using PciBot.Localization;

namespace PciBot.Messaging;

/// <summary>A greeting, a call for help or an empty message: answered with the help card of the asker's roles.</summary>
internal sealed class HelpChat(IEnumerable<HelpTopics> topics, IRoleLookup roles) : IChatGrammar, IChatCommandHandler
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

    public async Task HandleAsync(ChatCommand command, ChatInput input, Activity incoming, Activity reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        var texts = BotTexts.For(incoming.Locale);
        var person = await roles.FindAsync(incoming.From?.AadObjectId, ct);
        reply.Attachments = [HelpCard.Build(texts, topics.SelectMany(t => t.For(texts)), person).ToAttachment()];
    }
}
