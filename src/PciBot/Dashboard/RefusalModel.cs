namespace PciBot.Dashboard;

internal sealed record RefusalModel(TabFrame Frame, string Message);
