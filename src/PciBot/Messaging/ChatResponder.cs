using PciBot.BotFramework.Schema;
using PciBot.Kit;
using PciBot.Localization;

namespace PciBot.Messaging;

/// <summary>Turns a chat message into the bot's answer. Never throws for what a user typed.</summary>
internal sealed class ChatResponder(ChatParser parser, HelpChat help, AnswerLanguage language, IServiceProvider services)
{
    public async Task<Activity?> RespondAsync(Activity incoming, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (incoming.Text is null && incoming.Value is not null)
        {
            return null;
        }

        var input = ChatInput.From(incoming);
        AnswerLanguage.FollowWords(incoming, input.Said);
        var reply = incoming.CreateReply();
        if (await parser.ParseAsync(input, ct) is { } parsed)
        {
            await ((IChatCommandHandler)services.GetRequiredService(parsed.Route.Handler)).HandleAsync(parsed.Command, input, incoming, reply, ct);
        }
        else
        {
            reply.Text = BotTexts.For(incoming.Locale).Messaging.Unknown(input.Said);
        }

        return reply;
    }

    /// <summary>The one answer to a flood, in the language the person's other answers come in: what was sent beyond it is not answered.</summary>
    public async Task<Activity> SlowDownAsync(Activity incoming, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        await language.FollowPersonAsync(incoming, ct);
        var reply = incoming.CreateReply();
        reply.Text = BotTexts.For(incoming.Locale).Messaging.SlowDown;
        return reply;
    }

    /// <summary>The help card, for someone who has just added the bot: not a reply to anything they wrote.</summary>
    public async Task<Activity> WelcomeAsync(Activity incoming, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        await language.FollowPersonAsync(incoming, ct);
        var reply = incoming.CreateReply();
        reply.ReplyToId = null;
        await help.HandleAsync(new HelpCommand(), ChatInput.From(incoming), incoming, reply, ct);
        return reply;
    }
}
