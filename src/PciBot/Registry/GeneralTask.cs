namespace PciBot.Registry;

/// <summary>One of the plan's general tasks a–i (section II.1).</summary>
internal sealed class GeneralTask
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string Letter { get; set; }

    public required string Text { get; set; }
}
