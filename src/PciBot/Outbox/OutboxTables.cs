using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Outbox;

/// <summary>The tables this folder owns, read through the one unit of work.</summary>
internal static class OutboxTables
{
    extension(PciBotDbContext db)
    {
        public DbSet<OutboxMessage> Outbox => db.Set<OutboxMessage>();
    }
}
