using PciBot.Kit.Roles;

namespace PciBot.People;

/// <summary>A Teams user the bot knows, identified by the Entra object id Teams sends with every activity.</summary>
internal sealed class Person : IRoleHolder
{
    public int Id { get; set; }

    public required string AadObjectId { get; set; }

    /// <summary>The bot-specific Teams id ("29:…"), needed to open a personal chat.</summary>
    public string? TeamsUserId { get; set; }

    public required string Name { get; set; }

    /// <summary>Read once from Teams, only when configuration names admins by UPN.</summary>
    public string? UserPrincipalName { get; set; }

    public string? TenantId { get; set; }

    /// <summary>
    /// The language the person last wrote in, "vi" or "en" (<see cref="Localization.BotTexts.Language"/>): what the bot
    /// sends them unasked, and its answers to their card presses, are in it. Null until they type something that says.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>When the bot installed its app for the person through Microsoft Graph (or found it installed).</summary>
    public DateTimeOffset? AppInstalledAt { get; set; }

    /// <summary>Why the bot could not install its app for the person or open their chat, e.g. "not-licensed"; null when nothing is known against it.</summary>
    public string? ReachProblem { get; set; }

    public bool IsAdmin { get; set; }

    public bool IsOfficeStaff { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<UnitMembership> Memberships { get; set; } = [];

    public bool HasUnits => Memberships.Count > 0;

    public bool BelongsTo(int unitId) => Memberships.Any(m => m.UnitId == unitId);
}
