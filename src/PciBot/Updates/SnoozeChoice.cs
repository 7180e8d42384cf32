namespace PciBot.Updates;

/// <summary>When a snoozed reminder comes back.</summary>
internal enum SnoozeChoice
{
    OneDay,
    ThreeDays,
    NextWeek,
}
