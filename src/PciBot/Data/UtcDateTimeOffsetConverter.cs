using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PciBot.Data;

/// <summary>Writes an instant with offset zero, which is what PostgreSQL's <c>timestamptz</c> accepts from Npgsql.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
