namespace PciBot.Messaging;

/// <summary>
/// Where an incoming message is kept from before it is acknowledged until it needs nothing more, so that a message
/// Teams was told was received is answered even if this instance dies first.
/// </summary>
internal interface IIncomingStore
{
    /// <summary>Stores the message, held by this instance; null when the same activity was stored before (a redelivery).</summary>
    Task<IncomingWork?> AcceptAsync(IncomingWork work, CancellationToken ct);

    /// <summary>The message was answered (or can never be): nobody takes it up again.</summary>
    Task DoneAsync(IncomingWork work);

    /// <summary>This instance will not answer the message after all (it could not queue it): any instance may take it up at once.</summary>
    Task ReleaseAsync(IncomingWork work);
}
