using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using PciBot.Kit.Roles;

namespace PciBot.People;

/// <summary>
/// Who is asking: the person behind an activity, found by the Entra object id Teams vouches for, with their units.
/// Names and card contents play no part.
/// </summary>
internal sealed class Askers(PciBotDbContext db) : IRoleLookup
{
    // Compiled once: it runs for every question and every card action, and the query itself is cheap. An expression
    // tree cannot read a table through an extension property, hence Set<>.
    private static readonly PerModel<Func<PciBotDbContext, string, CancellationToken, Task<Person?>>> PersonByObjectId = new(() =>
        EF.CompileAsyncQuery((PciBotDbContext db, string aadObjectId, CancellationToken ct) =>
            db.Set<Person>().AsNoTracking().Include(p => p.Memberships).SingleOrDefault(p => p.AadObjectId == aadObjectId)));

    public async Task<Person?> FindAsync(string? aadObjectId, CancellationToken ct) =>
        aadObjectId is { Length: > 0 } ? await PersonByObjectId.For(db)(db, aadObjectId, ct) : null;

    async Task<IRoleHolder?> IRoleLookup.FindAsync(string? aadObjectId, CancellationToken ct) => await FindAsync(aadObjectId, ct);
}
