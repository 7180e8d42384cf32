using System.Diagnostics.Metrics;

namespace PciBot.Telemetry;

/// <summary>
/// What PciBot counts and times, on the meter <see cref="MeterName"/>. Tags are kinds, verbs, outcomes and schedule
/// names: never a person, a conversation or message text.
/// </summary>
internal sealed class PciBotMetrics
{
    public const string MeterName = "PciBot";

    private readonly Counter<long> received;
    private readonly Counter<long> answered;
    private readonly Histogram<double> answerDuration;
    private readonly Counter<long> cardActions;
    private readonly Histogram<double> cardActionDuration;
    private readonly Meter meter;
    private readonly Counter<long> outboxRows;
    private readonly Counter<long> scheduleFires;
    private readonly Counter<long> scheduleMisfires;
    private long outboxLagMilliseconds;

    public PciBotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        meter = meters.Create(MeterName);
        received = meter.CreateCounter<long>("pcibot.messages.received", "{activity}", "Activities accepted at /api/messages, by activity type.");
        answered = meter.CreateCounter<long>("pcibot.messages.answered", "{message}", "Messages answered, by outcome (answered, failed).");
        answerDuration = meter.CreateHistogram<double>("pcibot.messages.answer.duration", "s", "From a message's acceptance to its answer posted to Teams.");
        cardActions = meter.CreateCounter<long>("pcibot.card_actions", "{action}", "Card button presses answered, by verb and outcome.");
        cardActionDuration = meter.CreateHistogram<double>("pcibot.card_actions.duration", "s", "Time to answer a card button press, by verb.");
        outboxRows = meter.CreateCounter<long>("pcibot.outbox.rows", "{row}", "Outbox rows by kind and what became of them (queued, sent, failed, unconfirmed, unreachable, retried, throttled).");
        meter.CreateObservableGauge("pcibot.outbox.lag", () => Volatile.Read(ref outboxLagMilliseconds) / 1000d, "s", "How long the oldest due outbox row had waited when the dispatcher last claimed rows; 0 when none was due.");
        scheduleFires = meter.CreateCounter<long>("pcibot.schedules.fires", "{fire}", "Schedule triggers that fired, by schedule.");
        scheduleMisfires = meter.CreateCounter<long>("pcibot.schedules.misfires", "{fire}", "Schedule triggers Quartz found it had missed, by schedule.");
    }

    public void Received(string activityType) => received.Add(1, Tag("activity.type", activityType));

    public void Answered(bool failed, TimeSpan sinceAccepted)
    {
        answered.Add(1, Tag("outcome", failed ? "failed" : "answered"));
        answerDuration.Record(sinceAccepted.TotalSeconds);
    }

    public void CardAction(string verb, bool failed, TimeSpan took)
    {
        cardActions.Add(1, Tag("verb", verb), Tag("outcome", failed ? "failed" : "answered"));
        cardActionDuration.Record(took.TotalSeconds, Tag("verb", verb));
    }

    /// <summary>Observes the incoming queue's depth; called once, by the queue's reader.</summary>
    public void WatchIncomingQueue(Func<int> depth) =>
        meter.CreateObservableUpDownCounter("pcibot.incoming.queue.depth", depth, "{message}", "Accepted messages waiting for or being given their answer on this instance.");

    public void OutboxRows(string kind, string outcome, int count = 1) => outboxRows.Add(count, Tag("kind", kind), Tag("outcome", outcome));

    public void OutboxLag(TimeSpan lag) => Volatile.Write(ref outboxLagMilliseconds, (long)Math.Max(0, lag.TotalMilliseconds));

    public void ScheduleFired(string schedule) => scheduleFires.Add(1, Tag("schedule", schedule));

    public void ScheduleMisfired(string schedule) => scheduleMisfires.Add(1, Tag("schedule", schedule));

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}
