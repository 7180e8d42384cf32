namespace PciBot.Registry;

/// <summary>A PCI sub-index (A.I–A.VIII) or PGI index (B.I–B.II) with its weight and target.</summary>
internal sealed class PlanIndex
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    /// <summary>"A.III", "B.I".</summary>
    public required string Code { get; set; }

    public IndexFamily Family { get; set; }

    public int Order { get; set; }

    public required string Name { get; set; }

    public decimal? WeightPercent { get; set; }

    public decimal? TargetScore { get; set; }

    public string? TargetText { get; set; }

    public List<PlanTask> Tasks { get; set; } = [];
}
