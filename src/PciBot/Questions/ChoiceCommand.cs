using PciBot.Kit;

namespace PciBot.Questions;

/// <summary>A question with several plausible readings ("chi phí", "cuối năm", "trung tâm"): the asker picks one.</summary>
internal sealed record ChoiceCommand(IReadOnlyList<ChatCommand> Readings) : ChatCommand;
