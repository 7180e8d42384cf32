using PciBot.Admin;
using PciBot.Digests;
using PciBot.Questions;
using PciBot.Schedules;

namespace PciBot.Tests.Localization;

/// <summary>English counts take the singular for one; Vietnamese has no plural.</summary>
public sealed class EnglishCountTests
{
    private static ScheduleDefinition Monthly(int followUp, int escalation) => new()
    {
        Key = "monthly",
        Kind = ScheduleKind.Monthly,
        TimeOfDay = new TimeOnly(8, 0),
        ReminderWorkingDaysBefore = 3,
        FollowUpWorkingDaysBefore = followUp,
        EscalationWorkingDaysAfter = escalation,
    };

    [Fact]
    public void AScheduleOfOneWorkingDaySaysDayAndOfSeveralSaysDays()
    {
        Assert.Equal(
            "3 working days before the 14th of each month at 08:00; follow-up 1 working day before the cut-off; the Office is told 1 working day after",
            AdminTexts.English.RuleWords(Monthly(1, 1)));
        Assert.Equal(
            "3 working days before the 14th of each month at 08:00; follow-up 2 working days before the cut-off; the Office is told 2 working days after",
            AdminTexts.English.RuleWords(Monthly(2, 2)));
        Assert.Equal("1 working day before each quarter's cut-off at 08:00", AdminTexts.English.RuleWords(new ScheduleDefinition { Key = "quarterly", Kind = ScheduleKind.Quarterly, TimeOfDay = new TimeOnly(8, 0), Rule = ScheduleRuleKind.QuarterlyOffset, RuleValue = "1" }));
    }

    [Fact]
    public void CountsOfLinesTasksAndPeopleAgreeWithTheirNumber()
    {
        Assert.Equal("Overdue: 1 line (1 task)", QuestionTexts.English.LineCount("Overdue", 1, 1));
        Assert.Equal("Overdue: 6 lines (2 tasks)", QuestionTexts.English.LineCount("Overdue", 6, 2));
        Assert.Equal("Quá hạn: 6 dòng (1 nhiệm vụ)", QuestionTexts.Vietnamese.LineCount("Quá hạn", 6, 1));
        Assert.Equal("1/1 unit reported", QuestionTexts.English.ReportedCount(1, 1));
        Assert.Equal("Overdue lines: 1 (1 task)", DigestTexts.English.DigestOverdueTitle(1, 1));
        Assert.Equal("Overdue lines: 6 (2 tasks)", DigestTexts.English.DigestOverdueTitle(6, 2));
        Assert.Equal("The reminder for task PCI 2 was sent again to 1 person of Văn phòng Sở.", DigestTexts.English.Nudged(1, "Văn phòng Sở", new PciBot.Registry.TaskKey(PciBot.Registry.IndexFamily.Pci, 2)));
    }
}
