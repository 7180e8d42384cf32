namespace PciBot.Audience;

/// <summary>A unit that leads tasks of the plan, with the people reminders go to.</summary>
internal sealed record ReadinessUnit(string Code, string Name, IReadOnlyList<ReadinessPerson> People)
{
    public bool HasNobody => People.Count == 0;

    /// <summary>At least one of its heads or delegates would receive a reminder now.</summary>
    public bool Reachable => People.Any(p => p.Reachable);
}
