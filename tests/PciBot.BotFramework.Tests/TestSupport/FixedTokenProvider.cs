using PciBot.BotFramework.Authentication;

namespace PciBot.BotFramework.Tests.TestSupport;

internal sealed class FixedTokenProvider(string? token) : IBotTokenProvider
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return ValueTask.FromResult(token);
    }
}
