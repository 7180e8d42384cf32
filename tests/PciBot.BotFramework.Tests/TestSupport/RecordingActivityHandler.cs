using System.Collections.Concurrent;
using PciBot.BotFramework.Hosting;
using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Tests.TestSupport;

internal sealed class RecordingActivityHandler(Func<Activity, InvokeResponse?>? respond = null) : IActivityHandler
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        Received.Enqueue(activity);
        return Task.FromResult(respond?.Invoke(activity));
    }
}
