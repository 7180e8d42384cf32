using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Updates;

/// <summary>The tables this folder owns, read through the one unit of work.</summary>
internal static class UpdateTables
{
    extension(PciBotDbContext db)
    {
        public DbSet<ProgressUpdate> ProgressUpdates => db.Set<ProgressUpdate>();

        public DbSet<ExtensionRequest> ExtensionRequests => db.Set<ExtensionRequest>();
    }
}
