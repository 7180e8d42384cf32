using System.Text.RegularExpressions;
using PciBot.Kit;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>"cập nhật nhiệm vụ 19" and "lịch sử nhiệm vụ 19", in Vietnamese and English, over normalized text.</summary>
internal sealed partial class ProgressGrammar : IChatGrammar
{
    public ValueTask<ChatCommand?> TryParseAsync(ChatInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ChatCommand? command = TaskKey.Of(UpdateTask().Match(input.Text)) is { } update ? new UpdateTaskCommand(update)
            : TaskKey.Of(TaskHistory().Match(input.Text)) is { } history ? new TaskHistoryCommand(history)
            : null;
        return ValueTask.FromResult(command);
    }

    // "cập nhật nhiệm vụ 19", "báo cáo tiến độ nv 19", "update task PGI 2", "report progress on task 19".
    [GeneratedRegex(@"^(?:cap nhat|bao cao|update|report)\s+(?:(?:tien do|progress(?:\s+on)?)\s+)?(?:(?:nhiem vu|nv|task|viec)\s+)?(?:(?<family>pci|pgi)\s*)?(?:so\s+|no\s+)?(?<number>\d{1,3})$")]
    private static partial Regex UpdateTask();

    // "lịch sử nhiệm vụ 19", "lịch sử cập nhật nv 19", "history task 19", "history of task PGI 2".
    [GeneratedRegex(@"^(?:lich su|history)\s+(?:(?:cap nhat|bao cao|of|updates?(?:\s+of)?)\s+)?(?:(?:nhiem vu|nv|task|viec)\s+)?(?:(?<family>pci|pgi)\s*)?(?:so\s+|no\s+)?(?<number>\d{1,3})$")]
    private static partial Regex TaskHistory();
}
