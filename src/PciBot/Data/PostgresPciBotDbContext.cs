using Microsoft.EntityFrameworkCore;

namespace PciBot.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own so that its migrations (in <c>Data/Migrations/Postgres</c>) and
/// model snapshot are kept apart from SQLite's; the application asks for <see cref="PciBotDbContext"/> either way.
/// </summary>
internal sealed class PostgresPciBotDbContext : PciBotDbContext
{
    public PostgresPciBotDbContext(DbContextOptions<PostgresPciBotDbContext> options)
        : base(options)
    {
    }

    /// <summary>
    /// For <c>dotnet ef migrations add … --context PostgresPciBotDbContext</c>, which needs the model but no server. (A
    /// design-time factory would not do: its interface is covariant, so the tools would use it for SQLite's context too.)
    /// </summary>
    public PostgresPciBotDbContext()
        : this(new DbContextOptionsBuilder<PostgresPciBotDbContext>().UseNpgsql("Host=localhost;Database=pcibot").Options)
    {
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // timestamptz takes only UTC values; instants are kept in UTC anyway, this makes sure of it.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
