using PciBot.BotFramework.Schema;
using PciBot.Localization;

namespace PciBot.Messaging;

/// <summary>Answers invokes synchronously; features add their card actions here.</summary>
internal static class InvokeRouter
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public static Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        var texts = BotTexts.For(activity.Locale);
        if (!string.Equals(activity.Name, AdaptiveCardAction, StringComparison.Ordinal))
        {
            return Task.FromResult<InvokeResponse?>(new InvokeResponse { Status = 200 });
        }

        var error = AdaptiveCardInvokeResponse.Error(400, "NotSupported", texts.UnsupportedAction);
        return Task.FromResult<InvokeResponse?>(new InvokeResponse { Status = 200, Body = error });
    }
}
