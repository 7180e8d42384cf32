namespace PciBot.Dashboard;

/// <summary>
/// The people page: everyone with their roles, and signed links (for the admin viewing it) to the roster template and
/// the readiness workbook.
/// </summary>
internal sealed record PeopleModel(TabFrame Frame, IReadOnlyList<DevSignInPerson> People, Uri RosterTemplate, Uri Readiness);
