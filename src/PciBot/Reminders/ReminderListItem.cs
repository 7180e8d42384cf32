using PciBot.Status;
using PciBot.Updates;

namespace PciBot.Reminders;

/// <summary>A line on a reminder about several, with its status as the reminder is sent.</summary>
internal sealed record ReminderListItem(ReportLine Line, ReportStatus Status);
