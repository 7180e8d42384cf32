using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Data;
using PciBot.Kit;
using PciBot.Localization;
using PciBot.Messaging;

namespace PciBot.People;

/// <summary>Knows every person who has written to the bot or been mentioned to it, and what they may do.</summary>
internal sealed class PersonDirectory(PciBotDbContext db, StoredPeople stored, IOptions<PeopleOptions> options, IConnectorClient connector, TimeProvider time, ILogger<PersonDirectory> logger) : IActivityObserver
{
    /// <summary>
    /// Does what <see cref="EnsureAsync(ChannelAccount?, string?, CancellationToken)"/> does and remembers the language the
    /// person wrote in, without reading the directory when what the activity says of the person is what was last stored.
    /// </summary>
    async Task IActivityObserver.ObserveAsync(Activity activity, CancellationToken ct)
    {
        await NoteAsync(activity.From, activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id, WrittenLanguage(activity), ct);
        await PromoteOnFirstContactAsync(activity, ct);
    }

    /// <summary>
    /// An admin named by user principal name is one from their first message, whatever it asks: the name is asked of
    /// Teams once per person (kept in <see cref="Person.UserPrincipalName"/>), and each process remembers it has been.
    /// </summary>
    private async Task PromoteOnFirstContactAsync(Activity activity, CancellationToken ct)
    {
        if (activity.From?.AadObjectId is not { Length: > 0 } aadObjectId
            || stored.PrincipalNameKnown(aadObjectId)
            || !options.Value.InitialAdmins.Any(a => a.Contains('@', StringComparison.Ordinal)))
        {
            return;
        }

        var person = await db.People.SingleOrDefaultAsync(p => p.AadObjectId == aadObjectId, ct);
        if (person is null)
        {
            return;
        }

        await PromoteByPrincipalNameAsync(person, activity, ct);
        if (person.IsAdmin || person.UserPrincipalName is not null)
        {
            stored.PrincipalNameIsKnown(aadObjectId);
        }
    }

    public async Task NoteAsync(ChannelAccount? account, string? tenantId, string? language, CancellationToken ct)
    {
        if (account?.AadObjectId is { Length: > 0 } aadObjectId
            && stored.Find(aadObjectId) is { } known
            && !options.Value.InitialAdmins.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase)
            && Merge(known, account, tenantId, language) == known)
        {
            return;
        }

        await EnsureAsync(account, tenantId, language, ct);
    }

    /// <summary>The language of the words of a message, when they say; a card press or a number says nothing.</summary>
    private static string? WrittenLanguage(Activity activity) =>
        activity.Type == ActivityTypes.Message && activity.Text is { Length: > 0 }
            ? LanguageDetector.Detect(ChatInput.From(activity).Said)?.Language
            : null;

    private static StoredPerson Merge(StoredPerson known, ChannelAccount account, string? tenantId, string? language) => new(
        account.Id is { Length: > 0 } teamsId && teamsId.StartsWith("29:", StringComparison.Ordinal) ? teamsId : known.TeamsUserId,
        account.Name is { Length: > 0 } name ? name : known.Name,
        tenantId ?? known.TenantId,
        language ?? known.Language);

    /// <summary>Creates or refreshes the person behind <paramref name="account"/>; null when Teams sent no Entra object id.</summary>
    public Task<Person?> EnsureAsync(ChannelAccount? account, string? tenantId, CancellationToken ct) => EnsureAsync(account, tenantId, null, ct);

    private async Task<Person?> EnsureAsync(ChannelAccount? account, string? tenantId, string? language, CancellationToken ct)
    {
        if (account?.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            return null;
        }

        var person = await db.People.Include(p => p.Memberships).ThenInclude(m => m.Unit).SingleOrDefaultAsync(p => p.AadObjectId == aadObjectId, ct);
        if (person is null)
        {
            person = new Person { AadObjectId = aadObjectId, Name = account.Name ?? aadObjectId, CreatedAt = time.GetUtcNow() };
            db.People.Add(person);
        }

        if (account.Id is { Length: > 0 } teamsId && teamsId.StartsWith("29:", StringComparison.Ordinal))
        {
            person.TeamsUserId = teamsId;
        }

        person.Name = account.Name is { Length: > 0 } name ? name : person.Name;
        person.TenantId = tenantId ?? person.TenantId;
        person.Language = language ?? person.Language;
        if (!person.IsAdmin && options.Value.InitialAdmins.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase))
        {
            person.IsAdmin = true;
        }

        if (db.ChangeTracker.HasChanges())
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (db.Entry(person).State == EntityState.Added)
            {
                db.Entry(person).State = EntityState.Detached;
                return await db.People.Include(p => p.Memberships).ThenInclude(m => m.Unit).SingleAsync(p => p.AadObjectId == aadObjectId, ct);
            }
        }

        stored.Remember(person);
        return person;
    }

    /// <summary>Makes a person admin when configuration names their user principal name, which only Teams can tell; asked once per person.</summary>
    private async Task PromoteByPrincipalNameAsync(Person person, Activity activity, CancellationToken ct)
    {
        var names = options.Value.InitialAdmins.Where(a => a.Contains('@', StringComparison.Ordinal)).ToList();
        if (person.IsAdmin || names.Count == 0 || person.UserPrincipalName is not null || activity.ServiceUrl is null || activity.Conversation?.Id is null || activity.From?.Id is null)
        {
            return;
        }

        try
        {
            var member = await connector.GetMemberAsync(activity.ServiceUrl, activity.Conversation.Id, activity.From.Id, ct);
            person.UserPrincipalName = member.UserPrincipalName ?? "";
            person.IsAdmin = names.Contains(person.UserPrincipalName, StringComparer.OrdinalIgnoreCase);
            await db.SaveChangesAsync(ct);
        }
        catch (ConnectorException e)
        {
            PeopleLog.PrincipalNameUnavailable(logger, e.StatusCode);
        }
    }
}
