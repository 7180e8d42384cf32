namespace PciBot.Kit.Roles;

/// <summary>The roles of whoever sent an activity, for what answers by role below the folder that keeps people.</summary>
internal interface IRoleLookup
{
    /// <summary>The person with this Entra object id, or null when the bot gives them no role or the id is missing.</summary>
    Task<IRoleHolder?> FindAsync(string? aadObjectId, CancellationToken ct);
}
