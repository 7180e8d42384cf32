using PciBot.Telemetry;
using Quartz;

namespace PciBot.Schedules;

/// <summary>Counts the schedule triggers Quartz finds it missed (the host was down or the store busy at their time).</summary>
internal sealed class ScheduleMisfires(PciBotMetrics metrics) : ITriggerListener
{
    public string Name => "pcibot-misfires";

    public ValueTask TriggerMisfired(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        metrics.ScheduleMisfired(trigger.Key.Name);
        return ValueTask.CompletedTask;
    }
}
