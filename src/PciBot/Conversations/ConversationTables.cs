using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Conversations;

/// <summary>The tables this folder owns, read through the one unit of work.</summary>
internal static class ConversationTables
{
    extension(PciBotDbContext db)
    {
        public DbSet<ConversationRecord> Conversations => db.Set<ConversationRecord>();
    }
}
