namespace PciBot.Messaging;

/// <summary>One line of the help card: an example of what to type, and what it gives.</summary>
internal sealed record HelpTopic(HelpAudience Audience, string Example, string Meaning);
