using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.Conversations;
using PciBot.BotFramework.Cards;
using PciBot.Data;
using PciBot.Graph;
using PciBot.Kit;
using PciBot.Localization;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Admin;

/// <summary>
/// Rosters sent as files: each row's unit matched to the registry, its person found by user principal name or mail
/// (never by display name), previewed as the roles added, changed and removed, and applied once by the person who sent
/// it. Applying it opens the chats of heads and delegates the bot cannot reach yet, when Graph may install the app.
/// </summary>
internal sealed class RosterImporter(PciBotDbContext db, PeopleFinder finder, AppInstallations installations, AuditLog audit, TimeProvider time, ILogger<RosterImporter> logger)
{
    private const int FactsShown = 40;

    public async Task<AdaptiveCard> PreviewAsync(string name, string type, byte[] bytes, Person actor, BotTexts texts, CancellationToken ct)
    {
        List<RosterRow> rows;
        try
        {
            rows = RosterReader.Read(type, bytes);
        }
        catch (InvalidDataException e)
        {
            return AdminCards.Message(texts, texts.Roster.ReadFailed(e.Message), TextColor.Attention);
        }

        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var (entries, problems, kept) = await MatchAsync(rows, units, actor, ct);
        var people = await db.People.AsNoTracking().Include(p => p.Memberships).ToListAsync(ct);
        var changes = RosterChanges.Between(people, entries, units, kept, actor.AadObjectId);
        var import = new RosterImport
        {
            ActorAadObjectId = actor.AadObjectId,
            FileName = name,
            EntriesJson = JsonSerializer.Serialize(new RosterContent(entries, [.. kept])),
            CreatedAt = time.GetUtcNow(),
        };
        db.RosterImports.Add(import);
        await db.SaveChangesAsync(ct);
        return PreviewCard(import, changes, problems, kept.Count > 0, texts);
    }

    public async Task<AdaptiveCard> ApplyAsync(int id, Person actor, BotTexts texts, CancellationToken ct)
    {
        var import = await db.RosterImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import is null || import.AppliedAt is not null || import.IsDiscarded)
        {
            return AdminCards.Message(texts, texts.Roster.Gone);
        }

        if (!string.Equals(import.ActorAadObjectId, actor.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            audit.Record(actor, "roster.import.refused", import.FileName, null, "the preview was made by someone else");
            await db.SaveChangesAsync(ct);
            return AdminCards.Message(texts, texts.Roster.NotYours, TextColor.Attention);
        }

        var content = JsonSerializer.Deserialize<RosterContent>(import.EntriesJson) ?? new RosterContent([], []);
        var now = time.GetUtcNow();
        RosterChanges changes;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // The claim makes a second press, or a press on another instance, find the preview applied.
            var claimed = await db.RosterImports.Where(i => i.Id == id && i.AppliedAt == null && !i.IsDiscarded)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.AppliedAt, now), ct);
            if (claimed == 0)
            {
                return AdminCards.Message(texts, texts.Roster.Gone);
            }

            var units = await db.Units.ToListAsync(ct);
            var people = await db.People.Include(p => p.Memberships).ThenInclude(m => m.Unit).ToListAsync(ct);
            changes = RosterChanges.Between(people, content.Entries, units, content.KeptUnits.ToHashSet(StringComparer.Ordinal), actor.AadObjectId);
            Apply(changes, content.Entries, people, units, actor, now);
            audit.Record(actor, "roster.import", import.FileName, null, Describe(changes));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        var lines = new List<string> { texts.Roster.Applied(changes.Count) };
        lines.AddRange(await OpenChatsAsync(content.Entries, texts, ct));
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = lines[0],
            Body = lines.Select((l, i) => (CardElement)new TextBlock { Text = l, Wrap = true, Color = i == 0 ? TextColor.Good : null }).ToList(),
            Actions = [AdminCards.Execute(texts.Roster.ShowReadiness, RosterVerbs.Readiness)],
        };
    }

    public async Task<AdaptiveCard> DiscardAsync(int id, Person actor, BotTexts texts, CancellationToken ct)
    {
        var import = await db.RosterImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import is not null && !string.Equals(import.ActorAadObjectId, actor.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            return AdminCards.Message(texts, texts.Roster.NotYours, TextColor.Attention);
        }

        var discarded = await db.RosterImports.Where(i => i.Id == id && i.AppliedAt == null && !i.IsDiscarded)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.IsDiscarded, true), ct);
        return AdminCards.Message(texts, discarded == 1 ? texts.Roster.Discarded : texts.Roster.Gone);
    }

    private async Task<(List<RosterEntry> Entries, List<RosterProblem> Problems, HashSet<string> Kept)> MatchAsync(List<RosterRow> rows, List<Unit> units, Person actor, CancellationToken ct)
    {
        var matcher = new UnitMatcher(units);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var entries = new List<RosterEntry>();
        var problems = new List<RosterProblem>();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var lookups = new Dictionary<string, PersonLookup>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<(string, string?, bool)>();
        foreach (var row in rows)
        {
            var who = row.Name.Length > 0 ? row.Name : row.Principal;
            var normalizedUnit = TextNormalizer.Normalize(row.Unit);
            var unit = byCode.GetValueOrDefault(row.Unit.Trim()) ?? (matcher.Find(normalizedUnit) is { } code ? byCode[code] : null);
            RosterProblem? Problem(RosterProblemKind kind, string? detail = null)
            {
                if (unit is not null)
                {
                    kept.Add(unit.Code);
                }

                problems.Add(new RosterProblem(row.Line, who, kind, detail));
                return null;
            }

            var role = RosterReader.Role(row.Role);
            if (role is not { } given)
            {
                Problem(RosterProblemKind.UnknownRole, row.Role);
                continue;
            }

            if (given is PersonRole.Head or PersonRole.Delegate)
            {
                if (unit is null)
                {
                    Problem(RosterProblemKind.UnknownUnit, normalizedUnit.Length > 0 && matcher.Closest(normalizedUnit) is { } near ? byCode[near].Name : null);
                    continue;
                }

                if (!unit.Internal || unit.Kind != UnitKind.Unit)
                {
                    Problem(RosterProblemKind.UnitNotAssignable, unit.Name);
                    continue;
                }
            }

            if (given == PersonRole.Admin && !actor.IsAdmin)
            {
                Problem(RosterProblemKind.AdminByOffice);
                continue;
            }

            if (row.Principal.Length == 0 || !row.Principal.Contains('@', StringComparison.Ordinal))
            {
                Problem(RosterProblemKind.MissingPrincipal);
                continue;
            }

            if (!lookups.TryGetValue(row.Principal, out var found))
            {
                try
                {
                    found = await finder.FindAsync(row.Principal, ct);
                }
                catch (GraphException e)
                {
                    AdminLog.RosterLookupFailed(logger, row.Line, e);
                    found = new PersonLookup(PersonLookupOutcome.NotFound);
                }

                lookups[row.Principal] = found;
            }

            switch (found.Outcome)
            {
                case PersonLookupOutcome.NotFound:
                    Problem(RosterProblemKind.NotFound);
                    continue;
                case PersonLookupOutcome.Ambiguous:
                    Problem(RosterProblemKind.Ambiguous);
                    continue;
                case PersonLookupOutcome.NoDirectory:
                    Problem(RosterProblemKind.NoDirectory);
                    continue;
                case PersonLookupOutcome.PermissionMissing:
                    Problem(RosterProblemKind.PermissionMissing);
                    continue;
            }

            var unitCode = given is PersonRole.Head or PersonRole.Delegate ? unit!.Code : null;
            if (!seen.Add((found.AadObjectId!.ToUpperInvariant(), unitCode, given == PersonRole.Admin)))
            {
                Problem(RosterProblemKind.Duplicate);
                continue;
            }

            entries.Add(new RosterEntry(row.Line, unitCode, given, found.AadObjectId, found.Name is { Length: > 0 } n ? n : who, found.PrincipalName ?? row.Principal, found.TeamsUserId));
        }

        return (entries, problems, kept);
    }

    private void Apply(RosterChanges changes, IReadOnlyList<RosterEntry> entries, List<Person> people, List<Unit> units, Person actor, DateTimeOffset now)
    {
        var byAad = people.ToDictionary(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var before = new Dictionary<Person, string>();
        Person Ensure(string aad)
        {
            if (!byAad.TryGetValue(aad, out var person))
            {
                var entry = entries.First(e => string.Equals(e.AadObjectId, aad, StringComparison.OrdinalIgnoreCase));
                person = new Person { AadObjectId = entry.AadObjectId, Name = entry.Name, UserPrincipalName = entry.PrincipalName, TeamsUserId = entry.TeamsUserId, TenantId = actor.TenantId, CreatedAt = now };
                db.People.Add(person);
                byAad[aad] = person;
            }

            before.TryAdd(person, RoleSnapshot.Of(person));
            return person;
        }

        foreach (var change in changes.Added.Concat(changes.Changed))
        {
            var person = Ensure(change.AadObjectId);
            switch (change.Role)
            {
                case PersonRole.Admin:
                    person.IsAdmin = true;
                    break;
                case PersonRole.OfficeStaff:
                    person.IsOfficeStaff = true;
                    break;
                default:
                    var unit = byCode[change.UnitCode!];
                    var role = change.Role == PersonRole.Head ? MembershipRole.Head : MembershipRole.Delegate;
                    var membership = person.Memberships.SingleOrDefault(m => m.UnitId == unit.Id);
                    if (membership is null)
                    {
                        person.Memberships.Add(new UnitMembership { Unit = unit, UnitId = unit.Id, Role = role });
                    }
                    else
                    {
                        membership.Role = role;
                    }

                    break;
            }
        }

        foreach (var change in changes.Removed)
        {
            var person = Ensure(change.AadObjectId);
            if (change.Role == PersonRole.OfficeStaff)
            {
                person.IsOfficeStaff = false;
            }
            else if (person.Memberships.SingleOrDefault(m => m.UnitId == byCode[change.UnitCode!].Id) is { } membership)
            {
                person.Memberships.Remove(membership);
            }
        }

        foreach (var (person, snapshot) in before)
        {
            audit.Record(actor, "role.roster", person.AadObjectId, snapshot, RoleSnapshot.Of(person));
        }
    }

    /// <summary>Installs the app for the roster's heads and delegates who have no chat with the bot yet, when Graph may.</summary>
    private async Task<List<string>> OpenChatsAsync(IReadOnlyList<RosterEntry> entries, BotTexts texts, CancellationToken ct)
    {
        if (!installations.Enabled)
        {
            return [];
        }

        var ids = entries.Where(e => e.Role is PersonRole.Head or PersonRole.Delegate).Select(e => e.AadObjectId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var people = await db.People.Where(p => ids.Contains(p.AadObjectId) && p.AppInstalledAt == null).ToListAsync(ct);
        var chatted = (await db.Conversations.AsNoTracking()
            .Where(c => c.Kind == ConversationKind.Personal && c.IsReachable && ids.Contains(c.UserAadObjectId!))
            .Select(c => c.UserAadObjectId!)
            .ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (opened, failed, permission) = (0, 0, false);
        foreach (var person in people.Where(p => !chatted.Contains(p.AadObjectId)))
        {
            try
            {
                var opening = await installations.OpenChatAsync(person, ct);
                opened += opening.Chat is null ? 0 : 1;
                failed += opening.Chat is null ? 1 : 0;
                permission |= opening.Problem == ChatOpening.PermissionMissing;
            }
            catch (GraphException e)
            {
                AdminLog.RosterInstallFailed(logger, person.Id, e);
                failed++;
            }

            if (permission)
            {
                // Every other call would be refused the same way.
                break;
            }
        }

        var lines = new List<string>();
        if (opened > 0)
        {
            lines.Add(texts.Roster.Installed(opened));
        }

        if (failed > 0)
        {
            lines.Add(permission ? texts.Roster.PermissionAdvice(RosterTexts.InstallPermission) : texts.Roster.NotInstalled(failed));
        }

        return lines;
    }

    private static string Describe(RosterChanges changes)
    {
        static string Line(RosterChange c) => c.UnitCode is null ? $"{c.Name} {c.Role}" : $"{c.Name} {c.Role} {c.UnitCode}";
        return $"added: {string.Join(", ", changes.Added.Select(Line))}; changed: {string.Join(", ", changes.Changed.Select(Line))}; removed: {string.Join(", ", changes.Removed.Select(Line))}";
    }

    private static AdaptiveCard PreviewCard(RosterImport import, RosterChanges changes, List<RosterProblem> problems, bool kept, BotTexts texts)
    {
        var body = new List<CardElement>
        {
            AdminCards.Title(texts.Roster.PreviewTitle(import.FileName)),
            new TextBlock { Text = changes.Any ? texts.Roster.Summary(changes.Added.Count, changes.Changed.Count, changes.Removed.Count) : texts.Roster.NoChanges, Wrap = true },
        };
        string Role(RosterChange c) => texts.People.RoleName(c.Role, c.UnitName);
        var facts = changes.Added.Select(c => new Fact($"{texts.Roster.Added}: {c.Name}", Role(c)))
            .Concat(changes.Changed.Select(c => new Fact($"{texts.Roster.Changed}: {c.Name}", $"{texts.People.RoleName(c.Before!.Value, c.UnitName)} → {Role(c)}")))
            .Concat(changes.Removed.Select(c => new Fact($"{texts.Roster.Removed}: {c.Name}", Role(c))))
            .Take(FactsShown)
            .ToList();
        if (facts.Count > 0)
        {
            body.Add(new FactSet { Facts = facts });
        }

        if (problems.Count > 0)
        {
            body.Add(new TextBlock { Text = texts.Roster.ProblemsTitle(problems.Count), Wrap = true, Color = TextColor.Attention, Separator = true });
            body.Add(new FactSet { Facts = problems.Take(FactsShown).Select(p => new Fact(texts.Roster.ProblemWhere(p), texts.Roster.ProblemText(p))).ToList() });
        }

        if (kept || changes.Removed.Count > 0)
        {
            body.Add(new TextBlock { Text = texts.Roster.KeptNote, Wrap = true, IsSubtle = true });
        }

        var id = import.Id.ToString(CultureInfo.InvariantCulture);
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts.Roster.PreviewTitle(import.FileName),
            Body = body,
            Actions = changes.Any
                ? [AdminCards.Execute(texts.Roster.Apply, RosterVerbs.Apply, id, ActionStyle.Positive), AdminCards.Execute(texts.Roster.Discard, RosterVerbs.Discard, id)]
                : [AdminCards.Execute(texts.Roster.Discard, RosterVerbs.Discard, id)],
        };
    }
}
