using PciBot.Kit;

namespace PciBot.People;

/// <summary>A role command that was recognised but lacks a mention or a unit; the answer says which.</summary>
internal sealed record MalformedPeopleCommand(bool MissingPerson, bool MissingUnit) : ChatCommand;
