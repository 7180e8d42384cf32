namespace PciBot.People;

internal enum MembershipRole
{
    Head,
    Delegate,
}
