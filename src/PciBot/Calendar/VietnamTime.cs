namespace PciBot.Calendar;

// The one place that knows the zone. Everything else keeps instants in UTC and asks here for local dates.
internal static class VietnamTime
{
    public const string IanaZoneId = "Asia/Ho_Chi_Minh";
    public const string WindowsZoneId = "SE Asia Standard Time";

    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return DateOnly.FromDateTime(ToLocal(timeProvider.GetUtcNow()).DateTime);
    }

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateTimeOffset AtLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            throw new ArgumentException($"{local:yyyy-MM-dd HH:mm} did not exist in {Zone.Id}.", nameof(time));
        }

        // Vietnam has had no clock changes since 1975; for older repeated hours take the first occurrence.
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static TimeZoneInfo FindZone()
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(IanaZoneId, out var zone)
            || TimeZoneInfo.TryFindSystemTimeZoneById(WindowsZoneId, out zone))
        {
            return zone;
        }

        // Slim containers may ship without time zone data; the fixed offset is right for every date since 1975.
        return TimeZoneInfo.CreateCustomTimeZone(IanaZoneId, TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
    }
}
