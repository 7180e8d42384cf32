namespace PciBot.Admin;

internal enum RosterAsk
{
    Readiness,
    HowToImport,
    Template,
}
