using PciBot.Kit;
using PciBot.Messaging;

namespace PciBot.Admin;

/// <summary>Claims a message that carries a file before any grammar reads its text: the file is what was meant.</summary>
internal sealed class PlanFileGrammar : IChatGrammar
{
    public ValueTask<ChatCommand?> TryParseAsync(ChatInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueTask.FromResult<ChatCommand?>(PlanImporter.FileOf(input.Attachments) is { } file ? new PlanFileCommand(file) : null);
    }
}
