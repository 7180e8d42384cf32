using PciBot.Outbox;
using PciBot.Schedules;
using PciBot.Updates;

namespace PciBot.Reminders;

internal static class RemindersFeature
{
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOutboxKind<TaskReminderRenderer>(ReminderKinds.Lines);
        builder.Services.AddOutboxKind<TaskReminderRenderer>(ReminderKinds.Reminder);

        // Snoozed reminders come back as the same cards; Updates queues them and knows nothing of how they are drawn.
        builder.Services.AddOutboxKind<TaskReminderRenderer>(Snoozes.LinesKind);
        builder.Services.AddOutboxKind<TaskReminderRenderer>(Snoozes.Kind);
        foreach (var notice in (OutboxKind[])[ReminderKinds.Escalation, ReminderKinds.Unassigned, ReminderKinds.Dialogue, ReminderKinds.Unreachable, ReminderKinds.Unconfirmed, ReminderKinds.Notice, PermissionNotices.Kind])
        {
            builder.Services.AddOutboxKind<OfficeNoticeRenderer>(notice);
        }

        builder.Services.AddScoped<IOutboxUndelivered, UndeliveredNotices>();
        builder.Services.AddScoped<ReminderPlanner>();
        builder.Services.AddScoped<IScheduleHandler>(services => services.GetRequiredService<ReminderPlanner>());
        builder.Services.AddScoped<IMovedCutOffs, MovedCutOffs>();
        return builder;
    }
}
