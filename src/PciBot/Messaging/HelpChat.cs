using PciBot.BotFramework.Schema;
using PciBot.Kit;
using PciBot.Kit.Roles;
using PciBot.Localization;

namespace PciBot.Messaging;

/// <summary>Answers <see cref="HelpGrammar"/>'s commands with the help card of the asker's roles.</summary>
internal sealed class HelpChat(IEnumerable<HelpTopics> topics, IRoleLookup roles) : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommand command, ChatInput input, Activity incoming, Activity reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        var texts = BotTexts.For(incoming.Locale);
        var person = await roles.FindAsync(incoming.From?.AadObjectId, ct);
        reply.Attachments = [HelpCard.Build(texts, topics.SelectMany(t => t.For(texts)), person).ToAttachment()];
    }
}
