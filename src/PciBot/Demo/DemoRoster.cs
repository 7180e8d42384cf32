namespace PciBot.Demo;

/// <summary>The people of the Playground's setup with their roles, as <c>seeds/demo-roster.json</c> holds them.</summary>
internal sealed record DemoRoster(string TenantId, string BotId, IReadOnlyList<DemoPerson> People, DemoChannel? OfficeChannel);

internal sealed record DemoPerson(
    string Name,
    string AadObjectId,
    string TeamsUserId,
    string UserPrincipalName,
    bool Admin,
    bool Office,
    IReadOnlyList<DemoMembership>? Units,
    string? Language);

/// <summary>A unit the person answers for, by its code in <c>units.json</c>, as "Head" or "Delegate".</summary>
internal sealed record DemoMembership(string Unit, string Role);

/// <summary>The Playground's channel that starts as the Office channel, unless one has been chosen in the chat.</summary>
internal sealed record DemoChannel(string ConversationId, string Name, string TeamId, string ServiceUrl);
