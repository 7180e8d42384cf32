namespace PciBot.Messaging;

/// <summary>A registered card action handler and the verb prefix of the buttons it answers.</summary>
internal sealed record CardActionRoute(string VerbPrefix, Type Handler);
