using PciBot.Messaging;

namespace PciBot.People;

internal sealed class EnglishPeopleTexts : PeopleTexts
{
    public override string NotAllowed => "Sorry, only PciBot admins (or the department's Office) may use this command. Please ask an admin if you need it.";

    protected override string WhoAmI(string name, IReadOnlyList<string> roles) =>
        roles.Count == 0
            ? $"You are {name}. You are not assigned to any unit yet; an admin can type \"assign @{name} as head of <unit>\"."
            : $"You are {name}: {string.Join("; ", roles)}.";

    public override string Assigned(string person, string role) => $"{person} is now {role}.";

    public override string Unassigned(string person, string what) => $"{person} is no longer {what}.";

    public override string NothingToUnassign(string person) => $"{person} has no such role.";

    public override string MentionSomeone => "Mention (@) the person, e.g. \"assign @Nguyen Van A as head of Phòng TTBCXB\".";

    public override string NameAUnit => "Name the unit, e.g. \"assign @Nguyen Van A as head of Phòng TTBCXB\".";

    public override string UnitNotAssignable(string unit) => $"{unit} is not a unit of the department, so nobody can be assigned to it.";

    public override string CannotResolvePerson(string name) => $"Could not find the Teams account of {name}. They need PciBot installed in Teams.";

    public override string PeopleTitle => "Assigned people";

    public override string NoPeople => "Nobody is assigned to a unit yet.";

    protected override string HeadOf(string? unit) => $"head of {unit}";

    protected override string DelegateOf(string? unit) => $"delegate of {unit}";

    public override string OfficeChannelSet(string? channel) => channel is null
        ? "From now on PciBot sends the Office's digests and rollups to this channel."
        : $"From now on PciBot sends the Office's digests and rollups to the channel {channel}.";

    public override string OfficeChannelOnlyInChannel => "Send this command in the Office's channel (mention @PciBot there).";

    public override string AdminLabel => "admin";

    public override string OfficeLabel => "Office staff";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Everyone, "whoami", "Your units and roles"),
        new(HelpAudience.Office, "people", "Who answers for which unit"),
        new(HelpAudience.Office, "set as office channel", "Sent in a channel: the Office's notices go there"),
        new(HelpAudience.Admin, "assign @Name as head of TTBCXB", "Give a role: head, delegate, Office staff, admin"),
        new(HelpAudience.Admin, "unassign @Name", "Remove a role"),
    ];
}
