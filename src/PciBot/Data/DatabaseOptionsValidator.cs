using Microsoft.Extensions.Options;
using Npgsql;

namespace PciBot.Data;

/// <summary>Checks what the attributes cannot: a known provider, and a usable connection string for PostgreSQL.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail($"{DatabaseOptions.SectionName}:Provider must be {DatabaseProvider.Sqlite} or {DatabaseProvider.Postgres}.");
        }

        if (options.Provider != DatabaseProvider.Postgres)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            return ValidateOptionsResult.Fail($"{DatabaseOptions.SectionName}:PostgresConnectionString is required when {DatabaseOptions.SectionName}:Provider is {DatabaseProvider.Postgres}.");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
            return string.IsNullOrEmpty(builder.Host) || string.IsNullOrEmpty(builder.Database)
                ? ValidateOptionsResult.Fail($"{DatabaseOptions.SectionName}:PostgresConnectionString must name a Host and a Database.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"{DatabaseOptions.SectionName}:PostgresConnectionString is not a valid connection string: {e.Message}");
        }
    }
}
