using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Hosting;

/// <summary>The bot's logic, implemented by the host and called for every authenticated activity.</summary>
public interface IActivityHandler
{
    /// <summary>
    /// Handles <paramref name="activity"/>. For an <see cref="ActivityTypes.Invoke"/> return the synchronous answer
    /// (<see langword="null"/> answers 501 Not Implemented); for every other type return <see langword="null"/>; the
    /// channel gets an empty 200. The channel waits for this call, so hand slow work to the background.
    /// </summary>
    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct);
}
