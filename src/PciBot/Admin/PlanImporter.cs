using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;
using PciBot.Data;
using PciBot.Files;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.People;
using PciBot.Registry;
using PciBot.Registry.Seeding;

namespace PciBot.Admin;

/// <summary>
/// Plans sent as files in the personal chat: read (JSON in the seed format, or an Excel workbook laid out like the
/// appendix), previewed against the plan in the database, and applied or discarded by the admin.
/// </summary>
internal sealed class PlanImporter(PciBotDbContext db, PlanSeeder seeder, ScheduleAdmin schedules, TeamsFileDownloader downloader, AuditLog audit, TimeProvider time)
{
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    public static Attachment? FileOf(IEnumerable<Attachment> attachments) =>
        attachments.FirstOrDefault(a => string.Equals(a.ContentType, FileDownloadInfo, StringComparison.OrdinalIgnoreCase));

    /// <summary>Downloads the file Teams announced (a short-lived, pre-authorized URL, fetched without a token) and previews it.</summary>
    public async Task<AdaptiveCard> ReceiveAsync(Attachment file, Person actor, BotTexts texts, CancellationToken ct)
    {
        var name = file.Name ?? "plan";
        var content = file.Content is JsonElement { ValueKind: JsonValueKind.Object } info ? info : default;
        var url = content.ValueKind == JsonValueKind.Object && content.TryGetProperty("downloadUrl", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        var type = content.ValueKind == JsonValueKind.Object && content.TryGetProperty("fileType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : Path.GetExtension(name).TrimStart('.');
        var download = await downloader.DownloadAsync(url, ct);
        if (download.Bytes is not { } bytes)
        {
            return AdminCards.Message(texts, texts.Admin.ImportFailed(texts.Admin.DownloadRefused(download.Refusal, download.Detail)), TextColor.Attention);
        }

        return await PreviewAsync(name, type ?? "", bytes, actor, texts, ct);
    }

    public async Task<AdaptiveCard> PreviewAsync(string name, string type, byte[] bytes, Person actor, BotTexts texts, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        PlanSeed seed;
        try
        {
            if (string.Equals(type, "xlsx", StringComparison.OrdinalIgnoreCase))
            {
                var basis = await SeedOfCurrentAsync(ct) ?? throw new InvalidDataException("an Excel workbook updates the current plan, and there is none");
                using var stream = new MemoryStream(bytes);
                seed = ExcelPlanReader.Read(stream, basis, units);
                SeedFiles.ReadPlan(System.Text.Encoding.UTF8.GetBytes(SeedFiles.Write(seed)), name, units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal));
            }
            else
            {
                seed = SeedFiles.ReadPlan(bytes, name, units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal));
            }
        }
        catch (InvalidDataException e)
        {
            return AdminCards.Message(texts, texts.Admin.ImportFailed(e.Message), TextColor.Attention);
        }

        var changes = PlanChanges.Between(await SeedOfAsync(seed.Plan.Number, ct), seed);
        var import = new PlanImport { ActorAadObjectId = actor.AadObjectId, FileName = name, PlanNumber = seed.Plan.Number, SeedJson = SeedFiles.Write(seed), CreatedAt = time.GetUtcNow() };
        db.PlanImports.Add(import);
        await db.SaveChangesAsync(ct);
        return PreviewCard(import, seed, changes, texts);
    }

    public async Task<AdaptiveCard> ApplyAsync(int id, Person actor, BotTexts texts, CancellationToken ct)
    {
        var import = await db.PlanImports.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import is null || import.AppliedAt is not null || import.IsDiscarded)
        {
            return AdminCards.Message(texts, texts.Admin.ImportGone);
        }

        if (!string.Equals(import.ActorAadObjectId, actor.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            audit.Record(actor, "plan.import.refused", import.PlanNumber ?? import.FileName, import.FileName, "the preview was made by another admin");
            await db.SaveChangesAsync(ct);
            return AdminCards.Message(texts, texts.Admin.ImportNotYours, TextColor.Attention);
        }

        var seed = SeedFiles.Parse(import.SeedJson);
        var changes = PlanChanges.Between(await SeedOfAsync(seed.Plan.Number, ct), seed);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await seeder.ApplyAsync(seed, ct);
        import.AppliedAt = time.GetUtcNow();
        audit.Record(actor, "plan.import", seed.Plan.Number, $"{import.FileName}", Describe(changes));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await schedules.ResyncAllAsync(ct);
        return AdminCards.Message(texts, texts.Admin.ImportApplied(seed.Plan.Number), TextColor.Good);
    }

    public async Task<AdaptiveCard> DiscardAsync(int id, BotTexts texts, CancellationToken ct)
    {
        var import = await db.PlanImports.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import is null || import.AppliedAt is not null || import.IsDiscarded)
        {
            return AdminCards.Message(texts, texts.Admin.ImportGone);
        }

        import.IsDiscarded = true;
        await db.SaveChangesAsync(ct);
        return AdminCards.Message(texts, texts.Admin.ImportDiscarded);
    }

    private static string Describe(PlanChanges changes) =>
        $"added: {string.Join(", ", changes.Added)}; edited: {string.Join(", ", changes.Edited.Select(e => $"{e.Key} ({string.Join("/", e.Fields)})"))}; removed: {string.Join(", ", changes.Removed)}";

    private static AdaptiveCard PreviewCard(PlanImport import, PlanSeed seed, PlanChanges changes, BotTexts texts)
    {
        var body = new List<CardElement> { AdminCards.Title(texts.Admin.ImportTitle(import.FileName)) };
        if (changes.NewPlan)
        {
            body.Add(new TextBlock { Text = texts.Admin.ImportNewPlan(seed.Plan.Number, seed.Plan.Year), Wrap = true });
        }

        body.Add(new TextBlock { Text = texts.Admin.ImportSummary(seed.Plan.Number, changes.Added.Count, changes.Edited.Count, changes.Removed.Count), Wrap = true });
        if (!changes.Any)
        {
            body.Add(new TextBlock { Text = texts.Admin.ImportNoChanges, Wrap = true, IsSubtle = true });
        }

        var facts = new List<Fact>();
        var tasks = seed.Tasks.ToDictionary(t => new TaskKey(t.Family, t.Number));
        facts.AddRange(changes.Added.Take(30).Select(k => new Fact($"{texts.Admin.ImportAdded} {k}", CardFormat.Short(tasks[k].Text, 90))));
        facts.AddRange(changes.Edited.Take(30).Select(e => new Fact($"{texts.Admin.ImportEdited} {e.Key}", string.Join(", ", e.Fields))));
        facts.AddRange(changes.Removed.Take(30).Select(k => new Fact($"{texts.Admin.ImportRemoved} {k}", "")));
        if (facts.Count > 0)
        {
            body.Add(new FactSet { Facts = facts });
        }

        var id = import.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts.Admin.ImportTitle(import.FileName),
            Body = body,
            Actions = changes.Any
                ? [AdminCards.Execute(texts.Admin.ApplyImport, AdminVerbs.ImportApply, id, ActionStyle.Positive), AdminCards.Execute(texts.Admin.DiscardImport, AdminVerbs.ImportDiscard, id)]
                : [AdminCards.Execute(texts.Admin.DiscardImport, AdminVerbs.ImportDiscard, id)],
        };
    }

    private async Task<PlanSeed?> SeedOfCurrentAsync(CancellationToken ct) =>
        await new PlanCatalog(db).CurrentPlanAsync(ct) is { } plan ? await SeedOfAsync(plan.Number, ct) : null;

    /// <summary>The plan in the database as a seed file would hold it, or null when there is no plan with that number.</summary>
    private async Task<PlanSeed?> SeedOfAsync(string number, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.GeneralTasks)
            .Include(p => p.Indices)
            .Include(p => p.Tasks.Where(t => !t.IsArchived)).ThenInclude(t => t.Units).ThenInclude(u => u.Unit)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Number == number, ct);
        if (plan is null)
        {
            return null;
        }

        var indices = plan.Indices.ToDictionary(i => i.Id);
        return new PlanSeed(
            new PlanHeaderSeed(plan.Number, plan.IssuedOn, plan.Issuer, plan.Title, plan.Year, plan.Basis, plan.Signer, plan.SignerTitle, plan.CoordinatingUnitCode, plan.ReportToUnitCode, plan.ReportDeadline),
            plan.GeneralTasks.OrderBy(g => g.Letter, StringComparer.Ordinal).Select(g => new GeneralTaskSeed(g.Letter, g.Text)).ToList(),
            plan.Indices.OrderBy(i => i.Family).ThenBy(i => i.Order).Select(i => new IndexSeed(i.Code, i.Family, i.Order, i.Name, i.WeightPercent, i.TargetScore, i.TargetText)).ToList(),
            plan.Tasks.OrderBy(t => t.Family).ThenBy(t => t.Number).Select(t => new TaskSeed(
                t.Family,
                t.Number,
                indices[t.IndexId].Code,
                t.Text,
                t.Units.Where(u => u.Role == TaskUnitRole.Lead).OrderBy(u => u.Order).Select(u => u.Unit!.Code).ToList(),
                t.Units.Where(u => u.Role == TaskUnitRole.Coordinating).OrderBy(u => u.Order).Select(u => u.Unit!.Code).ToList(),
                t.Timeline,
                t.Cadence,
                t.Deadline,
                t.PeriodFrom,
                t.PeriodTo,
                t.Condition)).ToList());
    }
}
