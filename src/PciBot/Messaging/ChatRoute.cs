namespace PciBot.Messaging;

/// <summary>A registered grammar, when it is asked, and the handler that answers the commands it recognises.</summary>
internal sealed record ChatRoute(Type Grammar, Type Handler, ChatPrecedence Precedence);
