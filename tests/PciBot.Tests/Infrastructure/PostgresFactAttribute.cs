namespace PciBot.Tests.Infrastructure;

/// <summary>A test that needs the PostgreSQL server of <see cref="TestPostgres"/>; skipped, with the reason shown, where none is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
