namespace PciBot.Registry;

internal enum TaskUnitRole
{
    Lead,
    Coordinating,
}
