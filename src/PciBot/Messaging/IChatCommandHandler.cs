using PciBot.BotFramework.Schema;
using PciBot.Kit;

namespace PciBot.Messaging;

/// <summary>Answers the commands its grammar recognised, by filling in the reply.</summary>
internal interface IChatCommandHandler
{
    Task HandleAsync(ChatCommand command, ChatInput input, Activity incoming, Activity reply, CancellationToken ct);
}
