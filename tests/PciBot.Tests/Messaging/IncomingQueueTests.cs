using PciBot.BotFramework.Schema;
using PciBot.Messaging;

namespace PciBot.Tests.Messaging;

public sealed class IncomingQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AConversationsNextMessageWaitsUntilItsCurrentOneIsDone()
    {
        using var queue = new IncomingQueue();
        var first = Work("a:1", "one");
        var second = Work("a:1", "two");
        await queue.EnqueueAsync(first, CancellationToken.None);
        await queue.EnqueueAsync(second, CancellationToken.None);

        Assert.Same(first, await queue.TakeAsync(CancellationToken.None).AsTask().WaitAsync(Patience));
        var next = queue.TakeAsync(CancellationToken.None).AsTask();
        await Task.Delay(100);
        Assert.False(next.IsCompleted);

        queue.Done(first);
        Assert.Same(second, await next.WaitAsync(Patience));
    }

    [Fact]
    public async Task ConversationsTakeTurnsSoOneQuestionIsNotStuckBehindAFlood()
    {
        using var queue = new IncomingQueue();
        for (var i = 0; i < 10; i++)
        {
            await queue.EnqueueAsync(Work("a:flood", $"m{i}"), CancellationToken.None);
        }

        var single = Work("a:single", "quý này có việc gì đến hạn");
        await queue.EnqueueAsync(single, CancellationToken.None);

        var taken = new List<IncomingWork>();
        for (var i = 0; i < 3; i++)
        {
            var work = await queue.TakeAsync(CancellationToken.None).AsTask().WaitAsync(Patience);
            taken.Add(work);
            queue.Done(work);
        }

        Assert.Equal(["m0", "quý này có việc gì đến hạn", "m1"], taken.Select(w => w.Activity.Text));
    }

    [Fact]
    public async Task ManyWorkersKeepEachConversationsOrderAndNeverOverlapIt()
    {
        using var queue = new IncomingQueue();
        const int conversations = 20, perConversation = 50;
        var answered = Enumerable.Range(0, conversations).Select(_ => new List<int>()).ToArray();
        var busy = new int[conversations];
        var overlaps = 0;
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                IncomingWork work;
                try
                {
                    work = await queue.TakeAsync(stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                var conversation = int.Parse(work.Activity.Conversation!.Id!.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);
                if (Interlocked.Increment(ref busy[conversation]) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                await Task.Yield();
                lock (answered[conversation])
                {
                    answered[conversation].Add(int.Parse(work.Activity.Text!, System.Globalization.CultureInfo.InvariantCulture));
                }

                Interlocked.Decrement(ref busy[conversation]);
                queue.Done(work);
            }
        })).ToList();

        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            for (var m = 0; m < perConversation; m++)
            {
                await queue.EnqueueAsync(Work($"a:{c}", m.ToString(System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None);
            }
        })));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (answered.Sum(a => { lock (a) { return a.Count; } }) < conversations * perConversation && waited.Elapsed < Patience)
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);
        Assert.Equal(0, overlaps);
        Assert.All(answered, a => Assert.Equal(Enumerable.Range(0, perConversation), a));
    }

    [Fact]
    public async Task AFullQueueMakesTheNextMessageWaitForRoom()
    {
        using var queue = new IncomingQueue();
        for (var i = 0; i < IncomingQueue.Capacity; i++)
        {
            await queue.EnqueueAsync(Work($"a:{i}", "x"), CancellationToken.None);
        }

        var late = queue.EnqueueAsync(Work("a:late", "y"), CancellationToken.None).AsTask();
        await Task.Delay(100);
        Assert.False(late.IsCompleted);

        queue.Done(await queue.TakeAsync(CancellationToken.None));
        await late.WaitAsync(Patience);
    }

    private static IncomingWork Work(string conversationId, string text) => new(new Activity
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount { Id = conversationId },
    });
}
