using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.People;

/// <summary>The tables this folder owns, read through the one unit of work.</summary>
internal static class PeopleTables
{
    extension(PciBotDbContext db)
    {
        public DbSet<Person> People => db.Set<Person>();

        public DbSet<UnitMembership> UnitMemberships => db.Set<UnitMembership>();

        public DbSet<RosterImport> RosterImports => db.Set<RosterImport>();
    }
}
