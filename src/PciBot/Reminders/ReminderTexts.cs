namespace PciBot.Reminders;

/// <summary>What Reminders says, one subclass per language; reached as <c>texts.Reminders</c>.</summary>
internal abstract class ReminderTexts
{
    public static ReminderTexts Vietnamese { get; } = new VietnameseReminderTexts();

    public static ReminderTexts English { get; } = new EnglishReminderTexts();

    public abstract string ReminderTitle(string period);

    public abstract string FollowUpTitle(string period);

    public abstract string ReminderIntro(string unit, DateOnly cutOff);

    public abstract string FollowUpIntro(string unit, DateOnly cutOff);

    public abstract string SnoozedTitle { get; }

    /// <summary>What a reminder about several lines asks of <paramref name="units"/>, their names as one text.</summary>
    public abstract string ListIntro(string units, int count, DateOnly cutOff);

    public abstract string FollowUpListIntro(string units, int count, DateOnly cutOff);

    public abstract string SnoozedListIntro(int count);

    /// <summary>The lines a reminder about several could not show, and where to see them.</summary>
    public abstract string MoreLines(int count);

    public abstract string ListHint { get; }

    public abstract string LineCount(int count);

    public abstract string UpdateButton { get; }

    public abstract string Unit { get; }

    public abstract string EscalationTitle(string period);

    public abstract string EscalationIntro(int count, DateOnly cutOff);

    public abstract string UnassignedTitle(string period);

    public abstract string UnassignedIntro { get; }

    public abstract string UnreachableTitle { get; }

    public abstract string UnreachableIntro(string person, string reason);

    public abstract string GraphPermissionTitle { get; }

    public abstract string GraphPermissionIntro(string permission);

    public abstract string UnconfirmedTitle { get; }

    /// <summary>A reminder whose post got no answer; <paramref name="period"/> may be empty.</summary>
    public abstract string UnconfirmedIntro(string person, string period, string reason);

    public abstract string DialogueTitle(string period);

    public abstract string DialogueIntro { get; }

    public abstract string NobodyAssigned { get; }
}
