using PciBot.Admin;
using PciBot.BotFramework.Schema;
using PciBot.Chat.Cards;
using PciBot.Localization;
using PciBot.People;
using PciBot.Questions;
using PciBot.Registry;
using PciBot.Updates;

namespace PciBot.Chat;

/// <summary>Turns a chat message into the bot's answer. Never throws for what a user typed.</summary>
internal sealed class ChatResponder(PlanCatalog catalog, PersonDirectory people, PeopleCommands peopleCommands, ProgressCommands progress, AdminCommands admin, QuestionAnswers questions, Digests.OfficeActions office)
{
    public async Task<Activity?> RespondAsync(Activity incoming, CancellationToken ct)
    {
        if (incoming.Text is null && incoming.Value is not null)
        {
            return null;
        }

        var texts = BotTexts.For(incoming.Locale);
        if (PlanImporter.FileOf(incoming) is { } file)
        {
            var fileReply = incoming.CreateReply();
            await admin.ReceiveFileAsync(fileReply, file, await people.EnsureAsync(incoming.From, incoming.Conversation?.TenantId, ct), texts, ct);
            return fileReply;
        }

        var shared = await catalog.SharedAsync(ct);
        var units = shared.Units;
        var input = ChatInput.From(incoming);
        var (unitMatcher, indexMatcher) = SnapshotMatchers.Of(shared);
        var command = ChatCommandParser.Parse(input, unitMatcher, indexMatcher);
        var reply = incoming.CreateReply();
        if (QuestionAnswers.Handles(command))
        {
            var (card, text) = await questions.AnswerAsync(command, input.Text, incoming.From?.AadObjectId, texts, page: 1, ct);
            reply.Attachments = card is null ? null : [card.ToAttachment()];
            reply.Text = text;
            return reply;
        }

        switch (command)
        {
            case WhoAmICommand or ListPeopleCommand or SetOfficeChannelCommand or AssignRoleCommand or UnassignRoleCommand or MalformedPeopleCommand:
                var actor = await people.EnsureAsync(incoming.From, incoming.Conversation?.TenantId, ct);
                if (actor is not null)
                {
                    await people.PromoteByPrincipalNameAsync(actor, incoming, ct);
                }

                reply.Text = await peopleCommands.HandleAsync(command, incoming, actor, texts, ct);
                reply.TextFormat = "markdown";
                break;
            case AdminCommand adminCommand:
                await admin.HandleAsync(reply, adminCommand, await people.EnsureAsync(incoming.From, incoming.Conversation?.TenantId, ct), texts, ct);
                break;
            case HelpCommand:
                reply.Attachments = [HelpCard.Build(texts).ToAttachment()];
                break;
            case ShowTaskCommand show:
                await ShowTaskAsync(reply, show, texts, ct);
                break;
            case UpdateTaskCommand update:
                await progress.OpenAsync(reply, incoming, update.Task, texts, ct);
                break;
            case TaskHistoryCommand history:
                await progress.HistoryAsync(reply, history.Task, texts, ct);
                break;
            case ListTasksCommand list:
                await ListTasksAsync(reply, list, units, texts, ct);
                break;
            case Digests.OfficeReportCommand report:
                await office.AnswerAsync(reply, incoming, report, texts, ct);
                break;
            case AmbiguousCommand ambiguous:
                reply.Text = texts.SeveralIndices(ambiguous.Options.Select(texts.IndexCommand).ToList());
                break;
            case UnknownCommand unknown:
                reply.Text = QuestionSuggestions.Closest(unknown.Text, texts) is { Count: > 0 } suggestions
                    ? $"{texts.Unknown(unknown.Text)} {texts.DidYouMean(suggestions)}"
                    : texts.Unknown(unknown.Text);
                break;
        }

        return reply;
    }

    public static Activity Welcome(Activity incoming)
    {
        var reply = incoming.CreateReply();
        reply.ReplyToId = null;
        reply.Attachments = [HelpCard.Build(BotTexts.For(incoming.Locale)).ToAttachment()];
        return reply;
    }

    private async Task ShowTaskAsync(Activity reply, ShowTaskCommand show, BotTexts texts, CancellationToken ct)
    {
        var plan = (await catalog.SharedAsync(ct)).Plan;
        var task = plan?.Tasks.SingleOrDefault(t => t.Key == show.Task);
        if (plan is null || task is null)
        {
            reply.Text = plan is null ? texts.NoPlan : texts.TaskNotFound(show.Task);
            return;
        }

        reply.Attachments = [TaskCard.Build(plan, task, texts, await questions.TaskLinesAsync(task.Id, ct)).ToAttachment()];
    }

    private async Task ListTasksAsync(Activity reply, ListTasksCommand list, IReadOnlyList<Unit> units, BotTexts texts, CancellationToken ct)
    {
        var plan = (await catalog.SharedAsync(ct)).Plan;
        if (plan is null)
        {
            reply.Text = texts.NoPlan;
            return;
        }

        IEnumerable<PlanTask> tasks = plan.Tasks;
        string? filter = null;
        if (list.IndexCode is not null)
        {
            tasks = tasks.Where(t => t.Index!.Code == list.IndexCode);
            filter = plan.Indices.SingleOrDefault(i => i.Code == list.IndexCode) is { } index ? $"{index.Code} {index.Name}" : list.IndexCode;
        }
        else if (list.Family is { } family)
        {
            tasks = tasks.Where(t => t.Family == family);
            filter = BotTexts.FamilyName(family);
        }
        else if (list.UnitCode is not null)
        {
            var unit = units.Single(u => u.Code == list.UnitCode);
            var codes = UnitScope(unit, units);
            tasks = tasks.Where(t => t.Units.Any(u => codes.Contains(u.Unit!.Code)));
            filter = unit.Name;
        }

        reply.Attachments = [TaskListCard.Build(plan, tasks.ToList(), filter, texts).ToAttachment()];
    }

    /// <summary>A unit's tasks include those assigned to any group it belongs to.</summary>
    private static HashSet<string> UnitScope(Unit unit, IReadOnlyList<Unit> units)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal) { unit.Code };
        foreach (var group in units.Where(g => g.Kind == UnitKind.Group && g.Members.Any(m => m.Code == unit.Code)))
        {
            codes.Add(group.Code);
        }

        return codes;
    }
}
