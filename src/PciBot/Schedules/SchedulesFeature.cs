using PciBot.Calendar;
using PciBot.Data;
using Quartz;

namespace PciBot.Schedules;

internal static class SchedulesFeature
{
    public static IHostApplicationBuilder AddSchedules(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScheduleOptions>()
            .BindConfiguration(ScheduleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<WorkingCalendarSource>();
        builder.Services.AddScoped<ScheduleOccurrences>();
        builder.Services.AddScoped<ScheduleSynchronizer>();
        builder.Services.AddHostedService<ScheduleBootstrapper>();

        var contentRoot = builder.Environment.ContentRootPath;
        var database = DataFeature.Options(builder.Configuration);
        var retries = builder.Configuration.GetSection(StoreRetries.SectionName).Get<StoreRetries>() ?? new StoreRetries();
        builder.Services.AddQuartz(quartz =>
        {
            if (database.Provider == DatabaseProvider.Postgres)
            {
                // Each instance sharing the database is a node of one cluster: a trigger fires on one node only, and
                // the triggers of a node that stops checking in are taken over by the others.
                quartz.ConfigureScheduler(scheduler => scheduler.InstanceId = $"{Environment.MachineName}-{Guid.NewGuid():N}");
            }

            quartz.AddTriggerListener<ScheduleMisfires>();
            quartz.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.PostgresConnectionString!);
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(DataFeature.SqliteConnectionString(contentRoot, database));
                }

                store.ConfigureStore(options =>
                {
                    options.DbRetryInterval = retries.DbRetryInterval ?? options.DbRetryInterval;
                    options.TransientRetryInterval = retries.TransientRetryInterval ?? options.TransientRetryInterval;
                });
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
        });
        builder.Services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;

            // Start with the host rather than after it: the database and the triggers are ready by then (their hosted
            // services run first), and a host that answers requests has a running scheduler, as /healthz reports.
            options.AwaitApplicationStarted = false;
        });
        builder.Services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler");
        return builder;
    }
}
