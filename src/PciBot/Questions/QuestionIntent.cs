namespace PciBot.Questions;

/// <summary>What a question asks about, from its keywords: the slots it names say of what.</summary>
internal enum QuestionIntent
{
    /// <summary>No keyword: the slots alone say what is asked (a task, a unit's tasks, a period's cut-offs).</summary>
    None,

    /// <summary>"đến hạn", "phải báo cáo", "due", "deadline".</summary>
    Due,

    /// <summary>"quá hạn", "trễ hạn", "overdue", "late".</summary>
    Overdue,

    /// <summary>"chưa báo cáo", "chưa nộp", "not reported", "missing reports".</summary>
    NotReported,

    /// <summary>"nhiệm vụ", "danh sách", "tasks", "list": the plan's tasks, or those the slots name.</summary>
    List,
}
