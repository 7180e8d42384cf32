using Microsoft.Extensions.Options;
using PciBot.Calendar;

namespace PciBot.Updates;

/// <summary>When each choice of "Nhắc lại sau" brings a reminder back: at the snooze time of day on a working day.</summary>
internal sealed class SnoozeTimes(WorkingCalendarSource calendars, IOptions<UpdatesOptions> options, TimeProvider time)
{
    /// <summary>The choice as it stands today, for a line cut off on <paramref name="cutOff"/>.</summary>
    public async Task<SnoozeOption> OptionAsync(SnoozeChoice choice, DateOnly cutOff, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        return Option(calendar, VietnamTime.Today(time), choice, cutOff);
    }

    /// <summary>Every choice, in the order the card offers them.</summary>
    public async Task<IReadOnlyList<SnoozeOption>> OptionsAsync(DateOnly cutOff, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var today = VietnamTime.Today(time);
        return Enum.GetValues<SnoozeChoice>().Select(choice => Option(calendar, today, choice, cutOff)).ToList();
    }

    /// <summary>The chosen day, moved on to a working day if it is not one.</summary>
    private SnoozeOption Option(WorkingCalendar calendar, DateOnly today, SnoozeChoice choice, DateOnly cutOff)
    {
        var day = choice switch
        {
            SnoozeChoice.OneDay => today.AddDays(1),
            SnoozeChoice.ThreeDays => today.AddDays(3),
            _ => today.AddDays(DaysUntilNextMonday(today)),
        };
        return new SnoozeOption(choice, VietnamTime.AtLocal(calendar.OnOrAfterWorkingDay(day), options.Value.SnoozeLocalTime), cutOff);
    }

    private static int DaysUntilNextMonday(DateOnly today)
    {
        var days = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        return days == 0 ? 7 : days;
    }
}
