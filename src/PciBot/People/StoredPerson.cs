namespace PciBot.People;

/// <summary>The fields of a <see cref="Person"/> that inbound activities write, as last stored.</summary>
internal sealed record StoredPerson(string? TeamsUserId, string Name, string? TenantId, string? Language);
