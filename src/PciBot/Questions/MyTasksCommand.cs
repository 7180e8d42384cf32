using PciBot.Kit;

namespace PciBot.Questions;

/// <summary>"việc của tôi": the tasks of the units the user answers for.</summary>
internal sealed record MyTasksCommand : ChatCommand;
