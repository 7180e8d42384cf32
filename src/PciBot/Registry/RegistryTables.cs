using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using PciBot.Registry.Seeding;

namespace PciBot.Registry;

/// <summary>The tables this folder owns, read through the one unit of work.</summary>
internal static class RegistryTables
{
    extension(PciBotDbContext db)
    {
        public DbSet<Unit> Units => db.Set<Unit>();

        public DbSet<Plan> Plans => db.Set<Plan>();

        public DbSet<GeneralTask> GeneralTasks => db.Set<GeneralTask>();

        public DbSet<PlanIndex> Indices => db.Set<PlanIndex>();

        public DbSet<PlanTask> Tasks => db.Set<PlanTask>();

        public DbSet<TaskUnit> TaskUnits => db.Set<TaskUnit>();

        public DbSet<PlanImport> PlanImports => db.Set<PlanImport>();

        public DbSet<SeedFingerprint> SeedFingerprints => db.Set<SeedFingerprint>();
    }
}
