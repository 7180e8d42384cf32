namespace PciBot.Messaging;

/// <summary>Who a command is for; the help card shows each person the sections of their roles, in this order.</summary>
internal enum HelpAudience
{
    Everyone,

    /// <summary>Heads and delegates of a unit, and the Office and admins, who may update any line.</summary>
    UnitMember,

    /// <summary>Office staff and admins.</summary>
    Office,

    Admin,
}
