namespace PciBot.Questions;

internal sealed record MessageBack(string Text, string DisplayText, string Type = "messageBack");
