namespace PciBot.AppPackage;

/// <summary>
/// Checks the Microsoft App ID of the Azure Bot resource, which becomes both the Teams app id
/// and the bot id in the package.
/// </summary>
internal static class BotAppId
{
    /// <summary>The GUID the committed manifest carries in place of a real app id.</summary>
    public static readonly Guid Placeholder = Guid.Empty;

    /// <summary>Returns null when <paramref name="value"/> is a usable app id, else why it is not.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "the app id is empty";
        }

        if (!Guid.TryParseExact(value.Trim(), "D", out var id))
        {
            return $"'{value}' is not an app id: expected a GUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301";
        }

        return id == Placeholder
            ? $"'{value}' is the placeholder GUID of the committed manifest, not the Microsoft App ID of the Azure Bot resource"
            : null;
    }

    public static Guid Parse(string value)
    {
        var problem = Problem(value);
        return problem is null ? Guid.ParseExact(value.Trim(), "D") : throw new FormatException(problem);
    }
}
