using PciBot.Messaging;

namespace PciBot.Inbox;

internal static class InboxFeature
{
    /// <summary>Keeps every accepted message in the database until it is answered; registered after Messaging, whose queue it fills at start.</summary>
    public static IHostApplicationBuilder AddInbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InboxOptions>()
            .BindConfiguration(InboxOptions.SectionName)
            .Validate(o => o.Hold >= TimeSpan.FromSeconds(5) && o.Hold <= TimeSpan.FromHours(1), "Inbox:Hold must be between 00:00:05 and 01:00:00.")
            .Validate(o => o.SweepEvery >= TimeSpan.FromMilliseconds(100) && o.SweepEvery <= TimeSpan.FromMinutes(10), "Inbox:SweepEvery must be between 00:00:00.1 and 00:10:00.")
            .Validate(o => o.KeepDone >= TimeSpan.FromMinutes(10) && o.KeepDone <= TimeSpan.FromDays(30), "Inbox:KeepDone must be between 00:10:00 and 30.00:00:00.")
            .Validate(o => o.InstanceName.Length <= 100 && !o.InstanceName.Contains('/', StringComparison.Ordinal), "Inbox:Instance must be at most 100 characters, without '/'.")
            .ValidateOnStart();
        builder.Services.AddSingleton<InboxStore>();
        builder.Services.AddSingleton<IIncomingStore>(services => services.GetRequiredService<InboxStore>());
        builder.Services.AddHostedService<InboxRecovery>();
        return builder;
    }
}
