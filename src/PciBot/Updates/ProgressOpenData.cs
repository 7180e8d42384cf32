using System.Text.Json;
using PciBot.Kit.Cards;

namespace PciBot.Updates;

/// <summary>
/// What an "update" button outside the update card carries: the task, and the line (unit and period) when the button
/// stands for one. Only ids; the line and the presser's right to update it are checked when the button is pressed.
/// </summary>
internal sealed record ProgressOpenData(string Verb, int TaskId, int? UnitId = null, string? PeriodKey = null)
{
    public static ProgressOpenData ForTask(int taskId) => new(ProgressVerbs.Open, taskId);

    public static ProgressOpenData ForLine(int taskId, int unitId, string periodKey) => new(ProgressVerbs.Open, taskId, unitId, periodKey);

    /// <summary>The ids in a pressed button's data, or null when the task is missing or malformed.</summary>
    public static ProgressOpenData? Read(JsonElement data)
    {
        if (CardData.PositiveId(data, "taskId") is not { } taskId)
        {
            return null;
        }

        return CardData.PositiveId(data, "unitId") is { } unitId
            && CardData.Text(data, "periodKey") is { Length: > 0 and <= CardActionRequest.MaxPeriodKeyLength } periodKey
                ? ForLine(taskId, unitId, periodKey)
                : ForTask(taskId);
    }
}
