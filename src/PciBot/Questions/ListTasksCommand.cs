using PciBot.Kit;
using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>The plan's tasks, optionally only those of one index, one family or one unit.</summary>
internal sealed record ListTasksCommand(string? IndexCode = null, IndexFamily? Family = null, string? UnitCode = null) : ChatCommand;
