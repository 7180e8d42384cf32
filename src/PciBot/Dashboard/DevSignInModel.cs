namespace PciBot.Dashboard;

internal sealed record DevSignInModel(TabFrame Frame, string ReturnUrl, IReadOnlyList<DevSignInPerson> People);
