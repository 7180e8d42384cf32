namespace PciBot.Admin;

/// <summary>Why a roster row was left out.</summary>
internal enum RosterProblemKind
{
    MissingPrincipal,
    UnknownRole,
    UnknownUnit,
    UnitNotAssignable,
    NotFound,
    Ambiguous,
    NoDirectory,
    PermissionMissing,
    AdminByOffice,
    Duplicate,
}
