namespace PciBot.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.Name"/> on an <see cref="ActivityTypes.Invoke"/>.</summary>
public static class InvokeNames
{
    /// <summary>An Adaptive Card <c>Action.Execute</c> (Universal Actions); the value is an <see cref="AdaptiveCardInvokeValue"/>.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
