namespace PciBot.Admin;

/// <summary>One row of a roster file as written: its line number, unit, full name, user principal name or mail, and role.</summary>
internal sealed record RosterRow(int Line, string Unit, string Name, string Principal, string Role);
