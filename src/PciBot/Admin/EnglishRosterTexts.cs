using PciBot.Audience;
using PciBot.Messaging;

namespace PciBot.Admin;

internal sealed class EnglishRosterTexts : RosterTexts
{
    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Office, "readiness", "Who will receive the reminders: each unit, its heads and delegates, what to do"),
        new(HelpAudience.Office, "roster template", "An Excel template for the roster, with the units to pick from"),
        new(HelpAudience.Office, "import roster", "How to send the roster (Excel or CSV) that gives every role at once"),
    ];

    public override string OfficeOrAdminOnly => "Sorry, only Office staff and admins can use this.";

    public override string ImportHow =>
        "**Importing the roster**\n\nSend PciBot, in your personal chat with it, an Excel (.xlsx) or CSV (UTF-8) file with a header row naming the columns **Unit**, **Full name**, **Email** (the Microsoft 365 sign-in name) and **Role** (head, delegate, Office, admin). Each row is one person in one role; a person may have several rows.\n\nPciBot finds each person by email (never by name) and previews the roles added, changed and removed and the rows it could not match; press **Apply** to save. The roster is the whole list of heads, delegates and Office staff: a role the file does not name is removed.";

    public override string PreviewTitle(string fileName) => $"Roster: {fileName}";

    public override string Summary(int added, int changed, int removed) => $"{added} roles added, {changed} changed, {removed} removed.";

    public override string NoChanges => "This roster changes no role.";

    public override string Added => "Add";

    public override string Changed => "Change";

    public override string Removed => "Remove";

    public override string KeptNote => "Roles in units named by rows with a problem are kept until the row is fixed. A roster never removes an admin.";

    public override string ProblemsTitle(int count) => $"{count} rows could not be matched and will be left out:";

    public override string ProblemWhere(RosterProblem problem) => $"Row {problem.Line} · {problem.Who}";

    public override string ProblemText(RosterProblem problem) => problem.Kind switch
    {
        RosterProblemKind.MissingPrincipal => "no email (Microsoft 365 sign-in name)",
        RosterProblemKind.UnknownRole => $"role \"{problem.Detail}\" unknown: write head, delegate, Office or admin",
        RosterProblemKind.UnknownUnit => problem.Detail is { } near ? $"no such unit; did you mean {near}?" : "no such unit in the plan",
        RosterProblemKind.UnitNotAssignable => $"{problem.Detail} is outside the department or a group; no one can be given it",
        RosterProblemKind.NotFound => "no such account in the organisation",
        RosterProblemKind.Ambiguous => "several accounts share this address; write the sign-in name (UPN) instead",
        RosterProblemKind.NoDirectory => "cannot look accounts up yet: configure Microsoft Graph, or add PciBot to a team this person is in",
        RosterProblemKind.PermissionMissing => $"Microsoft Graph refused the lookup: the app needs {LookupPermission} with admin consent",
        RosterProblemKind.AdminByOffice => "only an admin can make someone an admin",
        RosterProblemKind.Duplicate => "the same as a row above",
        _ => problem.Kind.ToString(),
    };

    public override string Apply => "Apply";

    public override string Discard => "Discard";

    public override string ReadFailed(string detail) => $"Could not read the roster: {detail}. Type \"import roster\" to see how to lay the file out.";

    public override string Applied(int changes) => $"Roster applied: {changes} role changes.";

    public override string Installed(int opened) => $"Installed PciBot and opened the chat for {opened} people who had never used it.";

    public override string NotInstalled(int count) => $"PciBot could not be installed for {count} people; see \"readiness\".";

    public override string PermissionAdvice(string permission) =>
        $"Microsoft Graph refused for want of a permission. An Entra ID admin: Entra admin center → App registrations → the PciBot app → API permissions → Add a permission → Microsoft Graph → Application permissions → {permission}, then \"Grant admin consent\".";

    public override string Discarded => "Discarded; nothing changed.";

    public override string Gone => "This preview was already applied or discarded.";

    public override string NotYours => "Only the person who sent this roster can apply its preview. To apply it yourself, send the file again and apply your own preview.";

    public override string ShowReadiness => "Show readiness";

    public override string ReadinessTitle => "Ready to receive reminders";

    public override string ReadinessSummary(int ready, int units) => $"{ready}/{units} lead units have someone who would receive a reminder now.";

    public override string UnitsWithNobody(IReadOnlyList<string> units) => $"Nobody to receive: {string.Join(", ", units)}.";

    public override string Nobody => "No head or delegate yet.";

    public override string NobodyAdvice => "Send a roster naming this unit, or type \"assign @Name as head of …\".";

    public override string HeadLabel => "Head";

    public override string DelegateLabel => "Delegate";

    public override string State(ReachState state) => state switch
    {
        ReachState.ChatOpen => "✅ reachable",
        ReachState.WillInstall => "⏳ PciBot installed when sending",
        ReachState.NoChatYet => "⚠️ has not opened PciBot",
        ReachState.Blocked => "⛔ blocked or removed PciBot",
        ReachState.CannotInstall => "⛔ PciBot cannot be installed",
        ReachState.PermissionMissing => "⛔ no permission to install PciBot",
        _ => state.ToString(),
    };

    public override string Advice(ReachState state) => state switch
    {
        ReachState.WillInstall => "Nothing to do: PciBot installs itself for this person through Microsoft Graph.",
        ReachState.NoChatYet => "Ask them to open PciBot in Teams once, or ask the Teams admin to pre-install it with an app setup policy.",
        ReachState.Blocked => "Ask them to open PciBot in Teams again (Apps → PciBot → Open).",
        ReachState.CannotInstall => "The account has no Teams licence, is disabled, or PciBot is blocked by policy: ask the Teams admin.",
        ReachState.PermissionMissing => PermissionAdvice(InstallPermission),
        _ => "",
    };

    public override string LastSeen(string when) => $"last wrote to PciBot: {when}";

    public override string NeverWrote => "never wrote to PciBot";

    public override string NoPlan => "There is no plan yet.";

    public override string DigestLine(int ready, int units, int nobody) =>
        nobody > 0 ? $"Ready to receive reminders: {ready}/{units} units; {nobody} units have nobody." : $"Ready to receive reminders: {ready}/{units} units.";

    public override string Download => "Download Excel";

    public override string TemplateTitle => "Roster template";

    public override string TemplateIntro => "Fill in one person and one role per row (pick the unit and the role from the drop-downs), then send the file back in this chat. The download link works for 24 hours.";

    public override string TemplateOnlyInPersonalChat => "Download links are only given in your personal chat with PciBot.";

    public override string TemplateSheetName => "Roster";

    public override string UnitsSheetName => "Units";

    public override IReadOnlyList<string> TemplateHeaders { get; } = ["Unit", "Full name", "Email", "Role"];

    public override IReadOnlyList<string> RoleChoices { get; } = ["head", "delegate", "office", "admin"];

    public override IReadOnlyList<string> ReadinessHeaders { get; } = ["Unit", "Role", "Full name", "Account", "State", "Last wrote to PciBot", "PciBot installed", "What to do"];
}
