using PciBot.BotFramework.Schema;
using PciBot.Kit;

namespace PciBot.Admin;

/// <summary>A plan sent as a file, to preview and then apply or discard; whatever the message says beside it.</summary>
internal sealed record PlanFileCommand(Attachment File) : ChatCommand;
