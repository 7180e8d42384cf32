using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Inbox;

/// <summary>The tables this folder owns, read through the one unit of work.</summary>
internal static class InboxTables
{
    extension(PciBotDbContext db)
    {
        public DbSet<IncomingMessage> IncomingMessages => db.Set<IncomingMessage>();
    }
}
