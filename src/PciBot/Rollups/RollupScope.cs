namespace PciBot.Rollups;

/// <summary>How much of a quarter a rollup holds. Every line's status is the status model's, whatever the scope.</summary>
internal sealed record RollupScope
{
    /// <summary>Every task, with its reports' texts, the coordinating units' contributions and the quarter before.</summary>
    public static RollupScope Full { get; } = new();

    /// <summary>
    /// Every task's lines with their statuses, percentages and times only: what counts and lists need (a digest, the
    /// dashboard's overview). The texts, the contributions and the comparison with the quarter before are left out,
    /// and with them a second pass of the status model and the reading of the reports.
    /// </summary>
    public static RollupScope Statuses { get; } = new() { StatusesOnly = true };

    public bool StatusesOnly { get; init; }

    /// <summary>Only these tasks (one task's page); null: every task.</summary>
    public IReadOnlySet<int>? TaskIds { get; init; }

    public static RollupScope Task(int taskId) => new() { TaskIds = new HashSet<int> { taskId } };
}
