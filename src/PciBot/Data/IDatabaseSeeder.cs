namespace PciBot.Data;

/// <summary>Fills the database with what a feature needs from the start, after the schema is current. Runs at every start, so it must be idempotent.</summary>
internal interface IDatabaseSeeder
{
    Task SeedAsync(CancellationToken ct);
}
