namespace PciBot.Admin;

/// <summary>What an admin typed on a schedule's edit card, kept as typed so a refused card shows it again.</summary>
internal sealed record ScheduleInput(string? TimeOfDay, string? Rule, string? RuleValue, string? FollowUp, string? Recipients)
{
    public const string PlanRecipients = "plan";

    public static ScheduleInput From(AdminActionRequest request) => new(
        request.Text("timeOfDay"),
        request.Text("rule"),
        request.Text("ruleValue"),
        request.Text("followUp"),
        request.Text("recipients"));
}
