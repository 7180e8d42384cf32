namespace PciBot.Status;

/// <summary>Where a unit stands on a task for one reporting period, in the words Vietnamese task-tracking systems use.</summary>
internal enum ReportStatus
{
    /// <summary>Chưa đến hạn: the reporting window has not opened, or the task has nothing to report in the period.</summary>
    NotDue,

    /// <summary>Trong hạn: the window is open and nothing has been reported yet.</summary>
    Due,

    /// <summary>Quá hạn: the cut-off has passed and nothing was reported.</summary>
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
