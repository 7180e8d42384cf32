namespace PciBot.Audience;

/// <summary>Who would receive the reminders now, unit by unit.</summary>
internal sealed record ReadinessReport(IReadOnlyList<ReadinessUnit> Units, bool InstallsApp)
{
    public int ReadyUnits => Units.Count(u => u.Reachable);

    public IReadOnlyList<ReadinessUnit> UnitsWithNobody => Units.Where(u => u.HasNobody).ToList();

    public IReadOnlyList<ReadinessPerson> NotReachable => Units.SelectMany(u => u.People).Where(p => !p.Reachable).DistinctBy(p => p.PersonId).ToList();
}
