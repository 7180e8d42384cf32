namespace PciBot.Registry;

internal sealed class TaskUnit
{
    public int TaskId { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public TaskUnitRole Role { get; set; }

    public int Order { get; set; }
}
