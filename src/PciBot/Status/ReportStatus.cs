namespace PciBot.Status;

/// <summary>
/// Where a line stands, in the words Vietnamese task-tracking systems use. A line is one internal lead unit's report on
/// one task for one period: each month of a monthly task is a line of its own, and a group stands for its member units.
/// <see cref="StatusRules.Evaluate"/> decides it, and every answer, digest, rollup and export shows what it decided.
/// </summary>
internal enum ReportStatus
{
    /// <summary>Chưa đến hạn: the reporting window has not opened, or the task has nothing to report in the period.</summary>
    NotDue,

    /// <summary>Trong hạn: the window is open and nothing has been reported yet.</summary>
    Due,

    /// <summary>
    /// Quá hạn: the line's cut-off (a Vietnam date) is before today and the line has no report. On the cut-off day
    /// itself the line is still due; a request for more time changes nothing until a report comes.
    /// </summary>
    Overdue,

    /// <summary>Đã báo cáo: reported, not done.</summary>
    Reported,

    /// <summary>Hoàn thành đúng hạn: reported done by the cut-off.</summary>
    DoneOnTime,

    /// <summary>Hoàn thành quá hạn: reported done after the cut-off.</summary>
    DoneLate,

    /// <summary>Vướng mắc: the latest report raises an obstacle.</summary>
    Blocked,
}
