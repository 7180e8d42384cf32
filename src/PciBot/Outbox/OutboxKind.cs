namespace PciBot.Outbox;

/// <summary>
/// What an outbox row is, which decides how it is rendered. Features define their kinds and register a renderer for
/// each (<see cref="OutboxFeature.AddOutboxKind{TRenderer}"/>); the engine only looks them up. Stored by name.
/// </summary>
internal readonly record struct OutboxKind(string Name)
{
    public override string ToString() => Name;
}
