namespace PciBot.Calendar;

/// <summary>Which public holiday a day off is, so that the calendar names no day in any language.</summary>
internal enum PublicHoliday
{
    NewYear,

    /// <summary>The last day of the old lunar year; <see cref="Holiday.Day"/> is its lunar day (29 or 30).</summary>
    TetEve,

    /// <summary>Tết; <see cref="Holiday.Day"/> is the day of the new lunar year, or 0 for Tết as a whole.</summary>
    Tet,
    HungKings,
    VictoryDay,
    LabourDay,
    NationalDayAdjacent,
    NationalDay,
}
