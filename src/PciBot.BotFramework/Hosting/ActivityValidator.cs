using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Hosting;

/// <summary>The fields without which an inbound activity cannot be authenticated or answered.</summary>
internal static class ActivityValidator
{
    /// <summary>A short reason why <paramref name="activity"/> is unusable, or <see langword="null"/> when it is fine.</summary>
    public static string? FindProblem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "The activity has no 'serviceUrl'.";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "The activity's 'serviceUrl' is not an absolute HTTP(S) URL.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no 'from.id'.";
        }

        return null;
    }
}
