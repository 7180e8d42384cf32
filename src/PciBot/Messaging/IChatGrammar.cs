using PciBot.Kit;

namespace PciBot.Messaging;

/// <summary>A feature's share of the chat language: the commands it recognises in a message.</summary>
internal interface IChatGrammar
{
    /// <summary>The command the message asks for, or null when it is not one of this grammar's.</summary>
    ValueTask<ChatCommand?> TryParseAsync(ChatInput input, CancellationToken ct);
}
