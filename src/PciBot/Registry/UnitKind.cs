namespace PciBot.Registry;

/// <summary>A group such as "Các phòng, đơn vị thuộc Sở" stands for every one of its member units.</summary>
internal enum UnitKind
{
    Unit,
    Group,
}
