using PciBot.Outbox;

namespace PciBot.Reminders;

internal static class RemindersFeature
{
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOutboxKind<TaskReminderRenderer>(ReminderKinds.Reminder);
        foreach (var notice in (OutboxKind[])[ReminderKinds.Escalation, ReminderKinds.Unassigned, ReminderKinds.Dialogue, ReminderKinds.Unreachable, ReminderKinds.Unconfirmed, ReminderKinds.Notice])
        {
            builder.Services.AddOutboxKind<OfficeNoticeRenderer>(notice);
        }

        builder.Services.AddScoped<IOutboxUndelivered, UndeliveredNotices>();
        return builder;
    }
}
