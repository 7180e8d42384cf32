using PciBot.Calendar;

namespace PciBot.Updates;

/// <summary>A choice of "Nhắc lại sau", when it would bring the reminder back, and the cut-off of the line it is for.</summary>
internal sealed record SnoozeOption(SnoozeChoice Choice, DateTimeOffset At, DateOnly CutOff)
{
    /// <summary>The day it comes back, in Vietnam.</summary>
    public DateOnly Day => DateOnly.FromDateTime(VietnamTime.ToLocal(At).DateTime);

    public bool IsBeforeCutOff => Day < CutOff;

    public bool IsOnCutOff => Day == CutOff;
}
