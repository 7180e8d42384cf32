using PciBot.BotFramework.Schema;

namespace PciBot.Messaging;

/// <summary>
/// What a feature keeps from every authenticated activity before it is answered (where it was said, who said it).
/// Observers run in the order their features were added.
/// </summary>
internal interface IActivityObserver
{
    Task ObserveAsync(Activity activity, CancellationToken ct);
}
