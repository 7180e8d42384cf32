namespace PciBot.Registry;

internal sealed class Plan
{
    public int Id { get; set; }

    /// <summary>The document number, e.g. "3225/KH-STTTT".</summary>
    public required string Number { get; set; }

    public DateOnly IssuedOn { get; set; }

    public required string Issuer { get; set; }

    public required string Title { get; set; }

    public int Year { get; set; }

    public string Basis { get; set; } = "";

    public string Signer { get; set; } = "";

    public string SignerTitle { get; set; } = "";

    public required string CoordinatingUnitCode { get; set; }

    public required string ReportToUnitCode { get; set; }

    public DateOnly ReportDeadline { get; set; }

    public List<GeneralTask> GeneralTasks { get; set; } = [];

    public List<PlanIndex> Indices { get; set; } = [];

    public List<PlanTask> Tasks { get; set; } = [];
}
