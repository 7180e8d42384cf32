using System.ComponentModel.DataAnnotations;

namespace PciBot.People;

/// <summary>Who runs the bot before anyone has been assigned in the chat.</summary>
internal sealed class PeopleOptions : IValidatableObject
{
    public const string SectionName = "People";

    /// <summary>
    /// Entra object ids (GUIDs) or user principal names of the first admins. They are admins whenever they write;
    /// others are made admin in the chat. A UPN is matched by asking Teams for the member's UPN on first contact.
    /// </summary>
    public List<string> InitialAdmins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var admin in InitialAdmins.Where(a => !Guid.TryParse(a, out _) && !a.Contains('@', StringComparison.Ordinal)))
        {
            yield return new ValidationResult($"People:InitialAdmins: '{admin}' is neither an Entra object id (a GUID) nor a user principal name.", [nameof(InitialAdmins)]);
        }
    }
}
