using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Kit;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>"cập nhật nhiệm vụ 19" and "lịch sử nhiệm vụ 19" in the chat.</summary>
internal sealed class ProgressCommands(ReportLines lines, Askers askers, ProgressCards cards, ProgressLedger ledger, TimeProvider time) : IChatCommandHandler
{
    /// <summary>Office staff may update every lead unit's line; one card each keeps the message well inside Teams' size limit.</summary>
    public const int MaxCards = 6;

    public Task HandleAsync(ChatCommand command, ChatInput input, Activity incoming, Activity reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var texts = BotTexts.For(incoming.Locale);
        return command switch
        {
            UpdateTaskCommand update => OpenAsync(reply, incoming, update.Task, texts, ct),
            TaskHistoryCommand history => HistoryAsync(reply, history.Task, texts, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Not a command of the progress grammar."),
        };
    }

    /// <summary>The update card for the current period, one per line of the task the person answers for.</summary>
    public async Task OpenAsync(Activity reply, Activity incoming, TaskKey key, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(texts);
        var task = await lines.TaskAsync(key, ct);
        if (task is null)
        {
            reply.Text = texts.Registry.TaskNotFound(key);
            return;
        }

        await OpenAsync(reply, incoming, task, texts, ct);
    }

    public async Task OpenAsync(Activity reply, Activity incoming, PlanTask task, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(texts);
        var person = await askers.FindAsync(incoming.From?.AadObjectId, ct);
        var all = await lines.CurrentAsync(task, VietnamTime.Today(time), ct);
        var own = all.Where(line => person?.Memberships.Any(m => m.UnitId == line.Unit.Id) == true).ToList();
        var chosen = own.Count > 0 || !person.IsOfficeOrAdmin
            ? own
            : all.Where(line => !line.IsContribution).ToList();
        if (chosen.Count == 0)
        {
            reply.Text = texts.Updates.UpdateNotAllowed(task.Key);
            return;
        }

        var attachments = new List<Attachment>();
        foreach (var line in chosen.Take(MaxCards))
        {
            var model = await cards.ModelAsync(line, cards.NewCardId(), ct);
            attachments.Add(ProgressCard.Form(model, texts).ToAttachment());
        }

        reply.Attachments = attachments;
    }

    public async Task HistoryAsync(Activity reply, TaskKey key, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(texts);
        var task = await lines.TaskAsync(key, ct);
        if (task is null)
        {
            reply.Text = texts.Registry.TaskNotFound(key);
            return;
        }

        var (entries, total) = await ledger.HistoryAsync(task.Id, ProgressHistoryCard.MaxEntries, ct);
        reply.Attachments = [ProgressHistoryCard.Build(task, entries, total, texts).ToAttachment()];
    }
}
