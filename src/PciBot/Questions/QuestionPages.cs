using System.Text.Json;
using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;
using PciBot.Kit;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>
/// The buttons of answers and of questions asked back. "More", pressed as an Action.Execute or its Action.Submit
/// fallback: the question is asked again for the person who pressed, and the page they asked for is returned. One
/// reading of a question (an Action.Submit): the question it carries is answered as if the person had typed it.
/// </summary>
internal sealed class QuestionPages(QuestionAnswers answers, PlanMatchers matchers, ChatResponder chat) : ICardActionHandler
{
    private const int MaxQuestionLength = 500;

    /// <summary>The question and page in a button's data, or null when the data is not a "more" press.</summary>
    public static (string Question, int Page)? Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String || verb.GetString() != QuestionVerbs.More
            || !data.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String
            || question.GetString() is not { Length: > 0 and <= MaxQuestionLength } text
            || !data.TryGetProperty("page", out var page) || page.ValueKind != JsonValueKind.Number || !page.TryGetInt32(out var number) || number < 1)
        {
            return null;
        }

        return (text, number);
    }

    /// <summary>The question a reading's button carries, or null when the data is not such a press.</summary>
    public static string? ReadAsk(JsonElement data) =>
        CardData.Text(data, "verb") == QuestionVerbs.Ask && CardData.Text(data, "question") is { Length: > 0 and <= MaxQuestionLength } question ? question : null;

    public async Task<CardActionAnswer?> HandleAsync(CardActionInput action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (ReadAsk(action.Data) is { } asked)
        {
            var pressed = action.Activity;
            var typed = new Activity
            {
                Type = ActivityTypes.Message, Id = pressed.Id, ServiceUrl = pressed.ServiceUrl, ChannelId = pressed.ChannelId, From = pressed.From,
                Recipient = pressed.Recipient, Conversation = pressed.Conversation, Locale = pressed.Locale, ChannelData = pressed.ChannelData, Text = asked,
            };
            return await chat.RespondAsync(typed, ct) is { } reply ? CardActionAnswer.Beside(reply) : null;
        }

        return Read(action.Data) is { } more ? CardActionAnswer.Show(await PageAsync(action.Activity, more.Question, more.Page, ct)) : null;
    }

    public async Task<AdaptiveCard> PageAsync(Activity activity, string question, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var texts = BotTexts.For(activity.Locale);
        var (units, indices, tasks) = await matchers.CurrentAsync(ct);
        var input = ChatInput.Plain(question);
        var command = QuestionGrammar.Parse(input.Text, units, indices, input.Said, tasks);
        var (card, text) = await answers.AnswerAsync(command, question, activity.From?.AadObjectId, texts, page, ct);
        var message = text ?? texts.Messaging.Unknown(question);
        return card ?? new AdaptiveCard { Lang = texts.Language, FallbackText = message, Body = [new TextBlock { Text = message, Wrap = true }] };
    }
}
