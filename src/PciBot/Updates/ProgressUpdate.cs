namespace PciBot.Updates;

/// <summary>
/// One report a unit gave on a task for a reporting period. Append-only: the current state of
/// (task, period, unit) is its latest row; nothing is ever overwritten.
/// </summary>
internal sealed class ProgressUpdate
{
    public long Id { get; set; }

    public int TaskId { get; set; }

    public int UnitId { get; set; }

    /// <summary>The reporting period ("2023-Q4", "2023-M12", "2023") or deadline ("D2023-12-31") reported on.</summary>
    public required string PeriodKey { get; set; }

    /// <summary>
    /// 1, 2, 3, … within the (task, period, unit) line. Unique, so two writers who both read the same latest row
    /// cannot both append after it: the second one fails, reads again and sees the first.
    /// </summary>
    public int Sequence { get; set; }

    public int PersonId { get; set; }

    /// <summary>A coordinating unit's contribution rather than the lead unit's report.</summary>
    public bool IsContribution { get; set; }

    public ProgressStatus Status { get; set; }

    public int? PercentDone { get; set; }

    /// <summary>"Kết quả/sản phẩm", the plan's empty column.</summary>
    public string? Result { get; set; }

    /// <summary>"Vướng mắc, kiến nghị".</summary>
    public string? Obstacles { get; set; }

    public string? EvidenceUrl { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The card the update came from (Teams activity id), if any.</summary>
    public string? SourceActivityId { get; set; }

    /// <summary>A hash of the submitted values and card, to recognise a double click or a replayed invoke.</summary>
    public required string Fingerprint { get; set; }
}
