using PciBot.Reminders;

namespace PciBot.Tests.Reminders;

/// <summary>Counts in the English reminder texts agree with their nouns: one report, not "1 reports".</summary>
public sealed class EnglishCountsTests
{
    private static readonly DateOnly CutOff = new(2023, 12, 14);

    [Fact]
    public void OneOfAnythingIsSingular()
    {
        Assert.Equal("The cut-off was 14/12/2023; 1 task report is still missing:", ReminderTexts.English.EscalationIntro(1, CutOff));
        Assert.Equal("… and 1 more task. Type \"my tasks\" to see them all.", ReminderTexts.English.MoreLines(1));
        Assert.Equal("1 task", ReminderTexts.English.LineCount(1));
    }

    [Fact]
    public void MoreThanOneIsPlural()
    {
        Assert.Equal("The cut-off was 14/12/2023; 3 task reports are still missing:", ReminderTexts.English.EscalationIntro(3, CutOff));
        Assert.Equal("… and 2 more tasks. Type \"my tasks\" to see them all.", ReminderTexts.English.MoreLines(2));
    }
}
