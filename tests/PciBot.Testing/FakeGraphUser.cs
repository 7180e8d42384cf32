namespace PciBot.Testing;

/// <summary>A user of the fake tenant.</summary>
public sealed record FakeGraphUser(string Id, string DisplayName, string UserPrincipalName, string? Mail);
