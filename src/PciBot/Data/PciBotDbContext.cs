using Microsoft.EntityFrameworkCore;
using PciBot.Admin;
using PciBot.Audit;
using PciBot.Calendar;
using PciBot.Conversations;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;
using PciBot.Registry.Seeding;
using PciBot.Schedules;
using PciBot.Updates;

namespace PciBot.Data;

internal class PciBotDbContext : DbContext
{
    public PciBotDbContext(DbContextOptions<PciBotDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (<see cref="PostgresPciBotDbContext"/>), which keeps its own migrations.</summary>
    protected PciBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<GeneralTask> GeneralTasks => Set<GeneralTask>();

    public DbSet<PlanIndex> Indices => Set<PlanIndex>();

    public DbSet<PlanTask> Tasks => Set<PlanTask>();

    public DbSet<TaskUnit> TaskUnits => Set<TaskUnit>();

    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<UnitMembership> UnitMemberships => Set<UnitMembership>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ScheduleDefinition> Schedules => Set<ScheduleDefinition>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<HolidayException> HolidayExceptions => Set<HolidayException>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<PlanImport> PlanImports => Set<PlanImport>();

    public DbSet<SeedFingerprint> SeedFingerprints => Set<SeedFingerprint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PciBotDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset values server-side; as UTC ticks they order and filter correctly.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
