namespace PciBot.Updates;

/// <summary>What a unit says about a task, in the words of the reminder card.</summary>
internal enum ProgressStatus
{
    /// <summary>Chưa triển khai.</summary>
    NotStarted,

    /// <summary>Đang thực hiện.</summary>
    InProgress,

    /// <summary>Hoàn thành.</summary>
    Done,

    /// <summary>Vướng mắc.</summary>
    Blocked,
}
