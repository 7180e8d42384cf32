using PciBot.BotFramework.Schema;
using PciBot.Localization;

namespace PciBot.Outbox;

/// <summary>Finds the renderer registered for a row's kind and renders the row as the activity to post.</summary>
internal sealed class OutboxRenderers(IEnumerable<OutboxRendererRegistration> registrations, IServiceProvider services)
{
    private readonly Dictionary<OutboxKind, Type> renderers = registrations.ToDictionary(r => r.Kind, r => r.RendererType);

    public bool Knows(OutboxKind kind) => renderers.ContainsKey(kind);

    public async Task<Activity> RenderAsync(OutboxMessage message, string? locale, OutboxRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!renderers.TryGetValue(message.Kind, out var type))
        {
            throw new InvalidOperationException($"No renderer is registered for outbox kind '{message.Kind}'.");
        }

        var renderer = (IOutboxRenderer)services.GetRequiredService(type);
        var card = await renderer.RenderAsync(message, BotTexts.For(locale), round, ct);
        return Activity.CreateMessage(attachments: [card.ToAttachment()]);
    }
}
