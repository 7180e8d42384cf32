namespace PciBot.Graph;

/// <summary>A user of the tenant as Graph describes them.</summary>
internal sealed record GraphUser(string Id, string? DisplayName, string? UserPrincipalName, string? Mail);
