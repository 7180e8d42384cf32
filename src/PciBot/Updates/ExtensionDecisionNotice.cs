namespace PciBot.Updates;

/// <summary>The Office's decision as the message to the person who asked carries it (the outbox row's payload): the request, read again at send time.</summary>
internal sealed record ExtensionDecisionNotice(long RequestId);
