using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Schedules;

/// <summary>The tables this folder owns, read through the one unit of work.</summary>
internal static class ScheduleTables
{
    extension(PciBotDbContext db)
    {
        public DbSet<ScheduleDefinition> Schedules => db.Set<ScheduleDefinition>();
    }
}
