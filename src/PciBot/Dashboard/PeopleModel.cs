namespace PciBot.Dashboard;

internal sealed record PeopleModel(TabFrame Frame, IReadOnlyList<DevSignInPerson> People);
