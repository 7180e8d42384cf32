namespace PciBot.Kit.Roles;

/// <summary>What the role rules need to know of a person: the roles the database gives them, never names or card contents.</summary>
internal interface IRoleHolder
{
    bool IsAdmin { get; }

    bool IsOfficeStaff { get; }

    /// <summary>Whether the person is a head or delegate of any unit.</summary>
    bool HasUnits { get; }

    /// <summary>Whether the person is a head or delegate of the unit.</summary>
    bool BelongsTo(int unitId);
}
