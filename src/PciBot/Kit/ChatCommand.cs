namespace PciBot.Kit;

/// <summary>What a chat message asks for, once understood.</summary>
internal abstract record ChatCommand;
