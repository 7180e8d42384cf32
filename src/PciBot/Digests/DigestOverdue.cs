using PciBot.Registry;

namespace PciBot.Digests;

/// <summary>An overdue line, with what the "Nhắc lại" button needs to send its reminder again.</summary>
internal sealed record DigestOverdue(int TaskId, TaskKey Key, int UnitId, string UnitName, string PeriodKey, DateOnly CutOff);
