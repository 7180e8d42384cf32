using PciBot.Audience;
using PciBot.Graph;
using PciBot.Messaging;

namespace PciBot.Admin;

/// <summary>What the roster import and the readiness report say, one subclass per language; reached as <c>texts.Roster</c>.</summary>
internal abstract class RosterTexts
{
    public static RosterTexts Vietnamese { get; } = new VietnameseRosterTexts();

    public static RosterTexts English { get; } = new EnglishRosterTexts();

    public const string InstallPermission = GraphPermissions.InstallApp;

    public const string LookupPermission = GraphPermissions.LookUpPeople;

    public abstract IReadOnlyList<HelpTopic> Help { get; }

    public abstract string OfficeOrAdminOnly { get; }

    public abstract string ImportHow { get; }

    public abstract string PreviewTitle(string fileName);

    public abstract string Summary(int added, int changed, int removed);

    public abstract string NoChanges { get; }

    public abstract string Added { get; }

    public abstract string Changed { get; }

    public abstract string Removed { get; }

    public abstract string KeptNote { get; }

    public abstract string ProblemsTitle(int count);

    public abstract string ProblemWhere(RosterProblem problem);

    public abstract string ProblemText(RosterProblem problem);

    public abstract string Apply { get; }

    public abstract string Discard { get; }

    public abstract string ReadFailed(string detail);

    public abstract string Applied(int changes);

    public abstract string Installed(int opened);

    public abstract string NotInstalled(int count);

    /// <summary>The exact application permission to grant and how to consent to it.</summary>
    public abstract string PermissionAdvice(string permission);

    public abstract string Discarded { get; }

    public abstract string Gone { get; }

    public abstract string NotYours { get; }

    public abstract string ShowReadiness { get; }

    public abstract string ReadinessTitle { get; }

    public abstract string ReadinessSummary(int ready, int units);

    public abstract string UnitsWithNobody(IReadOnlyList<string> units);

    public abstract string Nobody { get; }

    public abstract string NobodyAdvice { get; }

    public abstract string HeadLabel { get; }

    public abstract string DelegateLabel { get; }

    public abstract string State(ReachState state);

    public abstract string Advice(ReachState state);

    public abstract string LastSeen(string when);

    public abstract string NeverWrote { get; }

    public abstract string NoPlan { get; }

    public abstract string Download { get; }

    public abstract string TemplateTitle { get; }

    public abstract string TemplateIntro { get; }

    public abstract string TemplateOnlyInPersonalChat { get; }

    public abstract string TemplateSheetName { get; }

    public abstract string UnitsSheetName { get; }

    /// <summary>The roster's columns, as <see cref="RosterReader"/> reads them: unit, full name, email, role.</summary>
    public abstract IReadOnlyList<string> TemplateHeaders { get; }

    /// <summary>The roles offered in the template's drop-down, as <see cref="RosterReader.Role"/> reads them: head, delegate, Office, admin.</summary>
    public abstract IReadOnlyList<string> RoleChoices { get; }

    public abstract IReadOnlyList<string> ReadinessHeaders { get; }

    /// <summary>The digest's line: how many units would receive a reminder now.</summary>
    public abstract string DigestLine(int ready, int units, int nobody);
}
