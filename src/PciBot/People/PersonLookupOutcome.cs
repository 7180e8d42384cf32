namespace PciBot.People;

internal enum PersonLookupOutcome
{
    Found,
    NotFound,
    Ambiguous,

    /// <summary>Neither Graph nor a team with the bot in it to ask.</summary>
    NoDirectory,

    /// <summary>Graph refused for want of User.Read.All.</summary>
    PermissionMissing,
}
