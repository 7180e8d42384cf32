using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Authentication;

namespace PciBot.BotFramework.Hosting;

/// <summary>Warns once at start when inbound requests are accepted without a token.</summary>
internal sealed class BotFrameworkStartupLogger(IOptions<BotFrameworkOptions> options, ILogger<BotFrameworkStartupLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            AuthenticationLog.AnonymousModeEnabled(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
