using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace PciBot.People;

/// <summary>Who runs the bot before anyone has been assigned in the chat.</summary>
internal sealed partial class PeopleOptions : IValidatableObject
{
    public const string SectionName = "People";

    /// <summary>
    /// Entra object ids or user principal names of the first admins. They are admins whenever they write; others are
    /// made admin in the chat. An object id is the <c>aadObjectId</c> Teams sends: a GUID in Teams, hex digits and
    /// dashes that need not make a GUID in Agents Playground (<c>00000000-0000-0000-0000-0000000000020</c>). A UPN
    /// (<c>name@domain</c>) is matched by asking Teams for the member's UPN on first contact.
    /// </summary>
    public List<string> InitialAdmins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < InitialAdmins.Count; i++)
        {
            if (Problem(InitialAdmins[i]) is { } problem)
            {
                yield return new ValidationResult($"People:InitialAdmins:{i}: {problem}", [nameof(InitialAdmins)]);
            }
        }
    }

    /// <summary>Why <paramref name="admin"/> can be neither an Entra object id nor a user principal name; null when it can be one.</summary>
    public static string? Problem(string? admin) => admin switch
    {
        null or "" => "is empty; give an Entra object id or a user principal name.",
        _ when ObjectId().IsMatch(admin) || PrincipalName().IsMatch(admin) => null,
        _ when admin.StartsWith("29:", StringComparison.Ordinal) =>
            $"'{admin}' is a Teams user id, which differs per bot; give the person's Entra object id (aadObjectId) or user principal name instead.",
        _ => $"'{admin}' is neither an Entra object id (hex digits and dashes, the aadObjectId Teams sends) nor a user principal name (name@domain, without spaces).",
    };

    [GeneratedRegex(@"^[0-9A-Fa-f]+(-[0-9A-Fa-f]+)*\z")]
    private static partial Regex ObjectId();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\z")]
    private static partial Regex PrincipalName();
}
