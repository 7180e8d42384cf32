namespace PciBot.Registry;

internal sealed class EnglishRegistryTexts : RegistryTexts
{
    public override string TaskNotFound(TaskKey key) =>
        $"There is no task {key} in the current plan. Type \"tasks\" for the list.";

    public override string NoPlan => "No plan has been loaded yet.";

    public override string Task => "Task";

    public override string Index => "Index";

    public override string Weight => "Weight";

    public override string Target => "2023 target";

    public override string Lead => "Lead";

    public override string Coordinating => "Coordinating";

    public override string Reporting => "Reporting";
}
