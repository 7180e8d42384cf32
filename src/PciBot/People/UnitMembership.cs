using PciBot.Registry;

namespace PciBot.People;

/// <summary>A person answers for a unit as its head or as a delegate.</summary>
internal sealed class UnitMembership
{
    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public MembershipRole Role { get; set; }
}
