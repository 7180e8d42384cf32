namespace PciBot.People;

/// <summary>What an admin can make someone: head or delegate of a unit, Office staff, or admin.</summary>
internal enum PersonRole
{
    Head,
    Delegate,
    OfficeStaff,
    Admin,
}
