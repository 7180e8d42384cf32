using PciBot.Messaging;

namespace PciBot.People;

/// <summary>What People says, one subclass per language; reached as <c>texts.People</c>.</summary>
internal abstract class PeopleTexts
{
    public static PeopleTexts Vietnamese { get; } = new VietnamesePeopleTexts();

    public static PeopleTexts English { get; } = new EnglishPeopleTexts();

    public abstract string NotAllowed { get; }

    public string WhoAmI(string name, bool admin, bool office, IReadOnlyList<string> units) =>
        WhoAmI(name, [.. units, .. office ? [OfficeLabel] : Array.Empty<string>(), .. admin ? [AdminLabel] : Array.Empty<string>()]);

    protected abstract string WhoAmI(string name, IReadOnlyList<string> roles);

    public abstract string Assigned(string person, string role);

    public abstract string Unassigned(string person, string what);

    public abstract string NothingToUnassign(string person);

    public abstract string MentionSomeone { get; }

    public abstract string NameAUnit { get; }

    public abstract string UnitNotAssignable(string unit);

    public abstract string CannotResolvePerson(string name);

    public abstract string PeopleTitle { get; }

    public abstract string NoPeople { get; }

    public string RoleName(PersonRole role, string? unit) => role switch
    {
        PersonRole.Head => HeadOf(unit),
        PersonRole.Delegate => DelegateOf(unit),
        PersonRole.OfficeStaff => OfficeLabel,
        _ => AdminLabel,
    };

    protected abstract string HeadOf(string? unit);

    protected abstract string DelegateOf(string? unit);

    /// <summary>Said in the channel just set; <paramref name="channel"/> is null when Teams gave no name for it.</summary>
    public abstract string OfficeChannelSet(string? channel);

    public abstract string OfficeChannelOnlyInChannel { get; }

    public abstract string AdminLabel { get; }

    public abstract string OfficeLabel { get; }

    /// <summary>This feature's lines of the help card.</summary>
    public abstract IReadOnlyList<HelpTopic> Help { get; }
}
