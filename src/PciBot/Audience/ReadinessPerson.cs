using PciBot.People;

namespace PciBot.Audience;

/// <summary>A head or delegate of a unit, and whether a reminder would reach them now.</summary>
internal sealed record ReadinessPerson(int PersonId, string Name, string? PrincipalName, MembershipRole Role, ReachState State, DateTimeOffset? LastSeen, DateTimeOffset? AppInstalledAt, string? Reason)
{
    public bool Reachable => State == ReachState.ChatOpen;
}
