namespace PciBot.Registry.Seeding;

internal sealed record GeneralTaskSeed(string Letter, string Text);
