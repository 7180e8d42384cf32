using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Localization;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Admin;

/// <summary>Conditions met, the roll-over of the plan to a new year, and the audit log.</summary>
internal sealed class PlanAdmin(PciBotDbContext db, ScheduleAdmin schedules, AuditLog audit, TimeProvider time)
{
    public const int AuditLines = 30;

    public async Task<string> MarkConditionMetAsync(TaskKey key, Person actor, BotTexts texts, CancellationToken ct)
    {
        var plan = await new PlanCatalog(db).CurrentPlanAsync(ct);
        var found = plan?.Tasks.SingleOrDefault(t => t.Key == key);
        if (plan is null || found is null)
        {
            return plan is null ? texts.Registry.NoPlan : texts.Registry.TaskNotFound(key);
        }

        if (found.Cadence != Cadence.Conditional)
        {
            return texts.Admin.NotConditional(key);
        }

        var task = await db.Tasks.SingleAsync(t => t.Id == found.Id, ct);
        var before = task.ConditionMetAt is { } at ? CalendarTexts.LocalMoment(at) : null;
        task.ConditionMetAt ??= time.GetUtcNow();
        task.ConditionMet = true;
        audit.Record(actor, "task.condition-met", $"{plan.Number} {key}", before, CalendarTexts.LocalMoment(task.ConditionMetAt.Value));
        await db.SaveChangesAsync(ct);
        await schedules.ResyncAllAsync(ct);
        return texts.Admin.ConditionMarked(key);
    }

    public async Task<AdaptiveCard> RolloverPreviewAsync(int? year, BotTexts texts, CancellationToken ct)
    {
        var plan = await new PlanCatalog(db).CurrentPlanAsync(ct);
        if (plan is null)
        {
            return AdminCards.Message(texts, texts.Registry.NoPlan);
        }

        var target = year ?? plan.Year + 1;
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts.Admin.RolloverTitle(plan.Number, target),
            Body = [AdminCards.Title(texts.Admin.RolloverTitle(plan.Number, target)), new TextBlock { Text = texts.Admin.RolloverIntro(plan.Tasks.Count), Wrap = true }],
            Actions = [AdminCards.Execute(texts.Admin.ConfirmRollover, AdminVerbs.RolloverApply, target.ToString(CultureInfo.InvariantCulture), ActionStyle.Positive)],
        };
    }

    /// <summary>Copies the current plan into a plan for <paramref name="year"/>; the new plan has its own tasks, so its history starts empty.</summary>
    public async Task<string> RolloverAsync(int year, Person actor, BotTexts texts, CancellationToken ct)
    {
        var current = await new PlanCatalog(db).CurrentPlanAsync(ct);
        if (current is null)
        {
            return texts.Registry.NoPlan;
        }

        var suffix = string.Create(CultureInfo.InvariantCulture, $" ({current.Year})");
        var root = current.Number.EndsWith(suffix, StringComparison.Ordinal) ? current.Number[..^suffix.Length] : current.Number;
        var number = string.Create(CultureInfo.InvariantCulture, $"{root} ({year})");
        var existing = await db.Plans.AsNoTracking().Where(p => p.Year == year || p.Number == number).Select(p => p.Number).FirstOrDefaultAsync(ct);
        if (existing is not null || year <= current.Year)
        {
            return texts.Admin.RolloverExists(existing ?? current.Number);
        }

        var source = await db.Plans.AsNoTracking().Include(p => p.GeneralTasks).Include(p => p.Indices)
            .Include(p => p.Tasks.Where(t => !t.IsArchived)).ThenInclude(t => t.Units).AsSplitQuery().SingleAsync(p => p.Id == current.Id, ct);
        var shift = year - source.Year;
        var indices = source.Indices.ToDictionary(i => i.Id, i => new PlanIndex
        {
            Code = i.Code, Name = i.Name, Family = i.Family, Order = i.Order, WeightPercent = i.WeightPercent, TargetScore = i.TargetScore, TargetText = i.TargetText,
        });
        var plan = new Plan
        {
            Number = number,
            IssuedOn = source.IssuedOn.AddYears(shift),
            Issuer = source.Issuer,
            Title = source.Title.Replace(source.Year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Year = year,
            Basis = source.Basis,
            Signer = source.Signer,
            SignerTitle = source.SignerTitle,
            CoordinatingUnitCode = source.CoordinatingUnitCode,
            ReportToUnitCode = source.ReportToUnitCode,
            ReportDeadline = source.ReportDeadline.AddYears(shift),
            GeneralTasks = source.GeneralTasks.Select(g => new GeneralTask { Letter = g.Letter, Text = g.Text }).ToList(),
            Indices = indices.Values.ToList(),
            Tasks = source.Tasks.Select(t => new PlanTask
            {
                Family = t.Family, Number = t.Number, Index = indices[t.IndexId], Text = t.Text, Timeline = t.Timeline, Cadence = t.Cadence,
                Deadline = t.Deadline?.AddYears(shift), PeriodFrom = t.PeriodFrom, PeriodTo = t.PeriodTo, Condition = t.Condition,
                ConditionMetAt = t.ConditionMetAt, ConditionMet = t.ConditionMet,
                Units = t.Units.Select(u => new TaskUnit { UnitId = u.UnitId, Role = u.Role, Order = u.Order }).ToList(),
            }).ToList(),
        };
        db.Plans.Add(plan);
        audit.Record(actor, "plan.rollover", number, current.Number, $"{number}: {plan.Tasks.Count} tasks");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (!await PlanExistsAsync(number, ct))
            {
                throw;
            }

            return texts.Admin.RolloverExists(number);
        }

        await schedules.ResyncAllAsync(ct);
        return texts.Admin.RolloverDone(number);
    }

    public async Task<AdaptiveCard> AuditCardAsync(BotTexts texts, CancellationToken ct)
    {
        var lines = await AuditLinesAsync(texts, ct);
        var body = new List<CardElement> { AdminCards.Title(texts.Admin.AuditTitle) };
        if (lines.Count == 0)
        {
            body.Add(new TextBlock { Text = texts.Admin.NoAudit, Wrap = true });
        }

        foreach (var line in lines)
        {
            body.Add(new TextBlock { Text = $"**{CalendarTexts.LocalMoment(line.At)}** · {line.ActorName} · {line.Action} · {line.Subject}", Wrap = true, Separator = true });
            body.Add(new TextBlock { Text = line.Change, Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        }

        return new AdaptiveCard { Lang = texts.Language, FallbackText = texts.Admin.AuditTitle, Body = body };
    }

    /// <summary>The latest audit rows in words, newest first: the audit card's lines, and the dashboard's audit page.</summary>
    public async Task<IReadOnlyList<AuditLine>> AuditLinesAsync(BotTexts texts, CancellationToken ct)
    {
        var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(AuditLines).ToListAsync(ct);

        // Roles are audited on the person's Entra object id and the Office channel on its conversation id: shown by name.
        var ids = entries.Select(e => e.Subject).ToHashSet(StringComparer.Ordinal);
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.AadObjectId)).ToDictionaryAsync(p => p.AadObjectId, p => p.Name, ct);
        var channels = await db.Conversations.AsNoTracking().Where(c => ids.Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.Name, ct);
        return entries.Select(entry => new AuditLine(
                entry.At,
                entry.ActorName,
                texts.Admin.AuditAction(entry.Action),
                entry.Action.StartsWith("role.", StringComparison.Ordinal) ? people.GetValueOrDefault(entry.Subject) ?? texts.Admin.AuditUnknownPerson
                    : entry.Action == "office-channel.set" ? channels.GetValueOrDefault(entry.Subject) ?? texts.Admin.AuditUnnamedChannel
                    : entry.Subject,
                AuditView.Change(entry.Before, entry.After, texts)))
            .ToList();
    }

    /// <summary>Whether another press saved the plan first; the tracker, still holding the plan that failed, is emptied before asking.</summary>
    private async Task<bool> PlanExistsAsync(string number, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Plans.AnyAsync(p => p.Number == number, ct);
    }
}
