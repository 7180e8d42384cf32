namespace PciBot.BotFramework;

/// <summary>Marker for the Bot Framework protocol library assembly.</summary>
public static class BotFrameworkAssembly;
