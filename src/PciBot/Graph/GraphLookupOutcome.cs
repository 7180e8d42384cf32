namespace PciBot.Graph;

internal enum GraphLookupOutcome
{
    Found,
    NotFound,
    Ambiguous,
    PermissionMissing,
}
