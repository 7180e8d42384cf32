namespace PciBot.Admin;

/// <summary>What a plan document holds that could not be read without guessing.</summary>
internal enum PlanProblemKind
{
    UnknownLead,
    UnknownCoordinating,
    UnreadableTimeline,
    MissingWeight,
    MissingTarget,
    UnnumberedRow,
}
