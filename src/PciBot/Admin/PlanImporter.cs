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
/// Plans sent as files in the personal chat: read (JSON in the seed format, an Excel workbook laid out like the
/// appendix, or the plan's Word document), previewed against the plan in the database, and applied or discarded by the
/// admin. A document with cells that could not be read is previewed with those cells and cannot be applied.
/// </summary>
internal sealed class PlanImporter(PciBotDbContext db, PlanSeeder seeder, ScheduleAdmin schedules, TeamsFileDownloader downloader, AuditLog audit, TimeProvider time)
{
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    // Files attached with their own content type and a download address, as other Teams clients send them.
    private static readonly Dictionary<string, string> FileTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = "docx",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = "xlsx",
        ["application/json"] = "json",
        ["text/csv"] = "csv",
    };

    public static Attachment? FileOf(IEnumerable<Attachment> attachments) =>
        attachments.FirstOrDefault(a => string.Equals(a.ContentType, FileDownloadInfo, StringComparison.OrdinalIgnoreCase)
            || (a.ContentType is { } type && FileTypes.ContainsKey(type) && a.ContentUrl is not null));

    /// <summary>Downloads the file Teams announced (a short-lived, pre-authorized URL, fetched without a token) and previews it.</summary>
    public async Task<AdaptiveCard> ReceiveAsync(Attachment file, Person actor, BotTexts texts, CancellationToken ct)
    {
        var (name, type, bytes, refusal) = await DownloadAsync(file, texts, ct);
        return bytes is null ? refusal! : await PreviewAsync(name, type, bytes, actor, texts, ct);
    }

    /// <summary>The file's name, its type ("json", "docx", "xlsx", "csv"…) and its bytes; or the card that says why it was not downloaded.</summary>
    public async Task<(string Name, string Type, byte[]? Bytes, AdaptiveCard? Refusal)> DownloadAsync(Attachment file, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = file.Name ?? "plan";
        var content = file.Content is JsonElement { ValueKind: JsonValueKind.Object } info ? info : default;
        var url = content.ValueKind == JsonValueKind.Object && content.TryGetProperty("downloadUrl", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        var type = content.ValueKind == JsonValueKind.Object && content.TryGetProperty("fileType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : Path.GetExtension(name).TrimStart('.');
        if (file.ContentType is { } own && FileTypes.TryGetValue(own, out var typed))
        {
            (url, type) = (file.ContentUrl, typed);
        }

        var download = await downloader.DownloadAsync(url, ct);
        return download.Bytes is { } bytes
            ? (name, type ?? "", bytes, null)
            : (name, type ?? "", null, AdminCards.Message(texts, texts.Admin.ImportFailed(texts.Admin.DownloadRefused(download.Refusal, download.Detail)), TextColor.Attention));
    }

    public async Task<AdaptiveCard> PreviewAsync(string name, string type, byte[] bytes, Person actor, BotTexts texts, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        PlanSeed seed;
        IReadOnlyList<PlanProblem> problems = [];
        try
        {
            if (string.Equals(type, "docx", StringComparison.OrdinalIgnoreCase))
            {
                (seed, problems) = await ReadWordAsync(bytes, units, ct);
                SeedFiles.ReadPlan(System.Text.Encoding.UTF8.GetBytes(SeedFiles.Write(seed)), name, units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal));
            }
            else if (string.Equals(type, "doc", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException("a Word 97–2003 file (.doc): save it as .docx");
            }
            else if (string.Equals(type, "xlsx", StringComparison.OrdinalIgnoreCase))
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
        if (problems.Count > 0)
        {
            return PreviewCard(name, null, seed, changes, problems, texts);
        }

        var import = new PlanImport { ActorAadObjectId = actor.AadObjectId, FileName = name, PlanNumber = seed.Plan.Number, SeedJson = SeedFiles.Write(seed), CreatedAt = time.GetUtcNow() };
        db.PlanImports.Add(import);
        await db.SaveChangesAsync(ct);
        return PreviewCard(import.FileName, import.Id, seed, changes, [], texts);
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
        $"added: {string.Join(", ", changes.Added)}; edited: {string.Join(", ", changes.Edited.Select(e => $"{e.Key} ({string.Join("/", e.Fields)})"))}; removed: {string.Join(", ", changes.Removed)}"
        + (changes.Indices.Count > 0 ? $"; indices: {string.Join(", ", changes.Indices.Select(i => $"{i.Code} ({string.Join("/", i.Fields)})"))}" : "")
        + (changes.GeneralTasks.Count > 0 ? $"; general tasks: {string.Join(", ", changes.GeneralTasks)}" : "");

    /// <summary>The plan in a Word document, with the issuer and Office of the plan of the same number, or else the current one.</summary>
    private async Task<PlanReading> ReadWordAsync(byte[] bytes, List<Unit> units, CancellationToken ct)
    {
        using var stream = new MemoryStream(bytes);
        using var reader = DocxPlanReader.Open(stream);
        var basis = await SeedOfAsync(reader.Number, ct) ?? await SeedOfCurrentAsync(ct)
            ?? throw new InvalidDataException("a Word plan takes its issuer and Office from a plan already here, and there is none");
        return reader.Read(basis, units);
    }

    private static AdaptiveCard PreviewCard(string fileName, int? importId, PlanSeed seed, PlanChanges changes, IReadOnlyList<PlanProblem> problems, BotTexts texts)
    {
        var body = new List<CardElement> { AdminCards.Title(texts.Admin.ImportTitle(fileName)) };
        if (problems.Count > 0)
        {
            body.Add(new TextBlock { Text = texts.Admin.ImportProblems(problems.Count), Wrap = true, Color = TextColor.Attention });
            body.Add(new FactSet { Facts = problems.Take(40).Select(p => new Fact(texts.Admin.ProblemWhere(p), texts.Admin.ProblemText(p))).ToList() });
        }

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
        facts.AddRange(changes.Indices.Select(i => new Fact(texts.Admin.ImportIndex(i.Code), string.Join(", ", i.Fields))));
        var general = seed.GeneralTasks.ToDictionary(g => g.Letter, g => g.Text, StringComparer.Ordinal);
        facts.AddRange(changes.GeneralTasks.Select(l => new Fact(texts.Admin.ImportGeneralTask(l), general.TryGetValue(l, out var text) ? CardFormat.Short(text, 90) : texts.Admin.ImportRemoved)));
        if (facts.Count > 0)
        {
            body.Add(new FactSet { Facts = facts });
        }

        var id = importId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts.Admin.ImportTitle(fileName),
            Body = body,
            Actions = id is null ? []
                : changes.Any
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
