using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Audit;

/// <summary>The tables this folder owns, read through the one unit of work.</summary>
internal static class AuditTables
{
    extension(PciBotDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
