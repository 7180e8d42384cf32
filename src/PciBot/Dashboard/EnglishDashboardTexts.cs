namespace PciBot.Dashboard;

internal sealed class EnglishDashboardTexts : DashboardTexts
{
    public override string AppName => "PciBot";

    public override string Navigation => "PciBot's pages";

    public override string Overview => "Overview";

    public override string Downloads => "Downloads";

    public override string Schedules => "Schedules";

    public override string Holidays => "Days off";

    public override string People => "People and roles";

    public override string Audit => "Audit log";

    public override string SigningIn => "Signing you in with your Microsoft Teams account…";

    public override string OpenInTeams => "This page opens in Microsoft Teams: add the PciBot app and choose its “Dashboard” tab.";

    public override string SignInFailed => "Sign-in did not work. Reload the tab; if it still fails, please contact PciBot's admin.";

    public override string DevSignInTitle => "Try it as someone (Development environment only)";

    public override string DevSignInHint => "Choose a person of the demo roster to see the dashboard with their roles.";

    public override string NotAllowedTitle => "You cannot see this page yet";

    public override string NotAllowed => "PciBot does not know you as Office staff, an admin, or a unit's head or delegate. If you need to follow the plan, please ask PciBot's admin to give you a role.";

    public override string NotYourPage => "This page is for the Office and admins. You can still see the overview and your units' tasks.";

    public override string NotFound => "This page was not found.";

    public override string QuarterLabel => "Reporting period";

    public override string Show => "Show";

    public override string AsOf(string date) => $"Figures as of {date}";

    public override string Headline(string quarter) => $"Overview of {quarter}";

    public override string YourUnits(string units) => $"Your units: {units}";

    public override string ByIndexTitle => "By index";

    public override string ByIndexChart => "Chart: each index's report lines by status";

    public override string IndexColumn => "Index";

    public override string WeightColumn => "Weight";

    public override string TargetColumn => "2023 target";

    public override string ByUnitTitle => "By unit and status";

    public override string ByUnitChart => "Chart: each unit's report lines by status";

    public override string UnitColumn => "Unit";

    public override string TotalColumn => "Total";

    public override string NotReportedTitle => "Not reported";

    public override string EveryoneReported => "No line is due and unreported.";

    public override string HeadsLabel => "Heads";

    public override string ObstaclesTitle => "Obstacles this period";

    public override string NoObstacles => "No obstacle raised this period.";

    public override string ExtensionsTitle => "Requests for more time";

    public override string NoExtensions => "No request for more time this period.";

    public override string Extension(string person, string cutOff, string until, string reason) => $"{person} asks to move {cutOff} to {until}: {reason}";

    public override string TasksTitle => "Tasks";

    public override string TaskColumn => "Task";

    public override string LeadColumn => "Lead units";

    public override string StatusColumn => "Status";

    public override string LinesTitle => "The period's report lines";

    public override string PeriodColumn => "Period";

    public override string CutOffColumn => "Cut-off";

    public override string PercentColumn => "Progress";

    public override string ResultColumn => "Result";

    public override string ObstaclesColumn => "Obstacles";

    public override string EvidenceColumn => "Evidence";

    public override string UpdatedColumn => "Updated";

    public override string ByColumn => "By";

    public override string HistoryTitle => "Update history (newest first)";

    public override string NoUpdates => "No update yet.";

    public override string Contribution => "Coordinating unit";

    public override string UpdateHint(string task) => $"To update your unit's line, write to PciBot: “update task {task}”.";

    public override string UpdateLinesTitle => "Update your lines";

    public override string UpdateLine(string unit, string periodKey) => $"Update: {unit} · {periodKey}";

    public override string UpdateSaved => "Update saved. The new update is at the top of the history below.";

    public override string NotYourLine => "You may not update this line: only the unit's heads and delegates, the Office and admins can. Nothing was saved.";

    public override string AndMore(int count) => $"and {count} more";

    public override string ShowAllNotReported(int units) => $"Show all {units} units that have not reported";

    public override string ShowAllTasks(int tasks) => $"Show all {tasks} tasks";

    public override string TasksShown(int from, int to, int total) => $"Tasks {from}–{to} of {total}";

    public override string PreviousPage => "Previous page";

    public override string NextPage => "Next page";

    public override string BackToOverview => "Back to the overview";

    public override string TimelineLabel => "Timeline";

    public override string CoordinatingLabel => "Coordinating units";

    public override string DownloadsIntro => "The period's reports, made from the same figures as the overview.";

    public override string QuarterWord => "Quarterly report (Word)";

    public override string QuarterExcel => "Quarterly workbook (Excel)";

    public override string YearWord(int year) => $"Report of {year} (Word)";

    public override string YearExcel(int year) => $"Workbook of {year} (Excel)";

    public override string ScheduleColumn => "Schedule";

    public override string Edit => "Edit";

    public override string YearLabel => "Year";

    public override string DateColumn => "Date";

    public override string NameColumn => "Name";

    public override string RolesColumn => "Roles";

    public override string ActionColumn => "Action";

    public override string ChangeColumn => "Change";

    public override string WhoColumn => "By";

    public override string HolidaysEditHint => "To add or remove a day off or a working day, write to PciBot “holidays 2024” (the year to change) and use the card it answers with.";

    public override string PeopleEditHint => "To give or take a role, write to PciBot, e.g. “assign @Nguyen Van A as head of Phòng TTBCXB”.";

    public override string RosterTitle => "Roster";

    public override string RosterHint => "To change many people's roles at once: download the template, fill in each person's unit, full name, email and role, and send the file to PciBot in your personal chat. PciBot shows the changes first and applies them only when you choose “Apply”. The roster is the whole list of heads, delegates and Office staff: a role the file does not name is removed.";

    public override string RosterTemplateLink => "Download the roster template (Excel)";

    public override string ReadinessLink => "Download the readiness report (Excel)";

    public override string NoRole => "No role";

    public override string ConfigureTitle => "Add the PciBot dashboard";

    public override string ConfigureHint => "This tab shows the channel's or chat's members PciBot's dashboard; each sees only what their role allows. Choose “Save” to add it.";
}
