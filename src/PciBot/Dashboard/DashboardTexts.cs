namespace PciBot.Dashboard;

/// <summary>What the dashboard tab says, one subclass per language; reached as <c>texts.Dashboard</c>.</summary>
internal abstract class DashboardTexts
{
    public static DashboardTexts Vietnamese { get; } = new VietnameseDashboardTexts();

    public static DashboardTexts English { get; } = new EnglishDashboardTexts();

    public abstract string AppName { get; }

    public abstract string Navigation { get; }

    public abstract string Overview { get; }

    public abstract string Downloads { get; }

    public abstract string Schedules { get; }

    public abstract string Holidays { get; }

    public abstract string People { get; }

    public abstract string Audit { get; }

    public abstract string SigningIn { get; }

    public abstract string OpenInTeams { get; }

    public abstract string SignInFailed { get; }

    public abstract string DevSignInTitle { get; }

    public abstract string DevSignInHint { get; }

    public abstract string NotAllowedTitle { get; }

    public abstract string NotAllowed { get; }

    public abstract string NotYourPage { get; }

    public abstract string NotFound { get; }

    public abstract string QuarterLabel { get; }

    public abstract string Show { get; }

    public abstract string AsOf(string date);

    public abstract string Headline(string quarter);

    public abstract string YourUnits(string units);

    public abstract string ByIndexTitle { get; }

    public abstract string ByIndexChart { get; }

    public abstract string IndexColumn { get; }

    public abstract string WeightColumn { get; }

    public abstract string TargetColumn { get; }

    public abstract string ByUnitTitle { get; }

    public abstract string ByUnitChart { get; }

    public abstract string UnitColumn { get; }

    public abstract string TotalColumn { get; }

    public abstract string NotReportedTitle { get; }

    public abstract string EveryoneReported { get; }

    public abstract string HeadsLabel { get; }

    public abstract string ObstaclesTitle { get; }

    public abstract string NoObstacles { get; }

    public abstract string ExtensionsTitle { get; }

    public abstract string NoExtensions { get; }

    public abstract string Extension(string person, string cutOff, string until, string reason);

    public abstract string TasksTitle { get; }

    public abstract string TaskColumn { get; }

    public abstract string LeadColumn { get; }

    public abstract string StatusColumn { get; }

    public abstract string LinesTitle { get; }

    public abstract string PeriodColumn { get; }

    public abstract string CutOffColumn { get; }

    public abstract string PercentColumn { get; }

    public abstract string ResultColumn { get; }

    public abstract string ObstaclesColumn { get; }

    public abstract string EvidenceColumn { get; }

    public abstract string UpdatedColumn { get; }

    public abstract string ByColumn { get; }

    public abstract string HistoryTitle { get; }

    public abstract string NoUpdates { get; }

    public abstract string Contribution { get; }

    public abstract string UpdateHint(string task);

    public abstract string UpdateLinesTitle { get; }

    /// <summary>The summary of a line's update form: the unit and the period.</summary>
    public abstract string UpdateLine(string unit, string periodKey);

    public abstract string UpdateSaved { get; }

    /// <summary>The polite refusal of an update to a line the person may not update.</summary>
    public abstract string NotYourLine { get; }

    /// <summary>The badge standing for a unit's lines the overview leaves out.</summary>
    public abstract string AndMore(int count);

    public abstract string ShowAllNotReported(int units);

    public abstract string ShowAllTasks(int tasks);

    /// <summary>"Tasks 1–50 of 3,600".</summary>
    public abstract string TasksShown(int from, int to, int total);

    public abstract string PreviousPage { get; }

    public abstract string NextPage { get; }

    public abstract string BackToOverview { get; }

    public abstract string TimelineLabel { get; }

    public abstract string CoordinatingLabel { get; }

    public abstract string DownloadsIntro { get; }

    public abstract string QuarterWord { get; }

    public abstract string QuarterExcel { get; }

    public abstract string YearWord(int year);

    public abstract string YearExcel(int year);

    public abstract string ScheduleColumn { get; }

    public abstract string Edit { get; }

    public abstract string YearLabel { get; }

    public abstract string DateColumn { get; }

    public abstract string NameColumn { get; }

    public abstract string RolesColumn { get; }

    public abstract string ActionColumn { get; }

    public abstract string ChangeColumn { get; }

    public abstract string WhoColumn { get; }

    public abstract string HolidaysEditHint { get; }

    public abstract string PeopleEditHint { get; }

    public abstract string RosterTitle { get; }

    /// <summary>How the roster import works: the template filled in and sent to PciBot, previewed before it is applied.</summary>
    public abstract string RosterHint { get; }

    public abstract string RosterTemplateLink { get; }

    public abstract string ReadinessLink { get; }

    public abstract string NoRole { get; }

    public abstract string ConfigureTitle { get; }

    public abstract string ConfigureHint { get; }
}
