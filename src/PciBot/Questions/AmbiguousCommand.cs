using PciBot.Kit;

namespace PciBot.Questions;

/// <summary>A question that could name several indices: their codes, to suggest.</summary>
internal sealed record AmbiguousCommand(string Text, IReadOnlyList<string> Options) : ChatCommand;
