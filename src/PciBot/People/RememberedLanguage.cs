using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using PciBot.Messaging;

namespace PciBot.People;

/// <summary>Reads the language a person last wrote in, for answering what they press on a card.</summary>
internal sealed class RememberedLanguage(PciBotDbContext db) : IRememberedLanguage
{
    public async Task<string?> FindAsync(string? aadObjectId, CancellationToken ct) => aadObjectId is { Length: > 0 }
        ? await db.People.AsNoTracking().Where(p => p.AadObjectId == aadObjectId).Select(p => p.Language).FirstOrDefaultAsync(ct)
        : null;
}
