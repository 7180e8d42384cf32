using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Kit;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>
/// Answers what <see cref="QuestionGrammar"/> recognised: one task, the whole plan, or a question about the plan's
/// calendar; asks with buttons when a question has several readings or names a part it could not read.
/// </summary>
internal sealed class QuestionChat(PlanCatalog catalog, QuestionAnswers questions, TimeProvider time) : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommand command, ChatInput input, Activity incoming, Activity reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        var texts = BotTexts.For(incoming.Locale);
        switch (command)
        {
            case ShowTaskCommand show:
                await ShowTaskAsync(reply, show, texts, ct);
                break;
            case ListTasksCommand { IndexCode: null, Family: null, UnitCode: null }:
                await ListTasksAsync(reply, texts, ct);
                break;
            case ChoiceCommand or UnreadCommand:
                var shared = await catalog.SharedAsync(ct);
                reply.Attachments = [QuestionChoices.Card(command, input.Said, shared, VietnamTime.Today(time), texts).ToAttachment()];
                break;
            case UnknownCommand unknown:
                reply.Text = QuestionSuggestions.Closest(unknown.Text, texts) is { Count: > 0 } suggestions
                    ? $"{texts.Messaging.Unknown(input.Said)} {texts.Questions.DidYouMean(suggestions)}"
                    : texts.Messaging.Unknown(input.Said);
                break;
            default:
                // The "more" button asks the question again: as typed, so that "tháng sáu" stays June and is not read as
                // "tháng sau" (next month); as normalized only when the typed words were too long to keep whole.
                var asked = input.Typed is { Length: <= ChatInput.MaxQuoted } typed ? typed : input.Text;
                var (card, text) = await questions.AnswerAsync(command, asked, incoming.From?.AadObjectId, texts, page: 1, ct);
                reply.Attachments = card is null ? null : [card.ToAttachment()];
                reply.Text = text;
                break;
        }
    }

    private async Task ShowTaskAsync(Activity reply, ShowTaskCommand show, BotTexts texts, CancellationToken ct)
    {
        var plan = (await catalog.SharedAsync(ct)).Plan;
        var task = plan?.Tasks.SingleOrDefault(t => t.Key == show.Task);
        if (plan is null || task is null)
        {
            reply.Text = plan is null ? texts.Registry.NoPlan : texts.Registry.TaskNotFound(show.Task);
            return;
        }

        var (current, overdue) = await questions.TaskLinesAsync(task.Id, ct);
        reply.Attachments = [TaskCard.Build(plan, task, texts, current, overdue).ToAttachment()];
    }

    private async Task ListTasksAsync(Activity reply, BotTexts texts, CancellationToken ct)
    {
        var plan = (await catalog.SharedAsync(ct)).Plan;
        if (plan is null)
        {
            reply.Text = texts.Registry.NoPlan;
            return;
        }

        reply.Attachments = [TaskListCard.Build(plan, plan.Tasks.ToList(), null, texts).ToAttachment()];
    }
}
