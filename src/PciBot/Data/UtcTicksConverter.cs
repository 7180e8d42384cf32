using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PciBot.Data;

/// <summary>Stores an instant as UTC ticks so SQLite can order and compare it.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
