using Microsoft.EntityFrameworkCore;

namespace PciBot.Data;

/// <summary>
/// The one unit of work. It names no entity: each folder brings its entities' configurations (found in the assembly) and
/// its tables as extension properties, so storage sits below every feature.
/// </summary>
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
