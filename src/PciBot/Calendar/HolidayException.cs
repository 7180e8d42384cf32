namespace PciBot.Calendar;

/// <summary>A day the government announced off (or as a working day) beyond the computed holidays.</summary>
internal sealed class HolidayException
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>True for an extra working day (e.g. a Saturday swapped for a bridge day), false for an extra day off.</summary>
    public bool IsWorkingDay { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
