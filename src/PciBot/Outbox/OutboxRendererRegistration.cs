namespace PciBot.Outbox;

/// <summary>One kind and the renderer a feature registered for it.</summary>
internal sealed record OutboxRendererRegistration(OutboxKind Kind, Type RendererType);
