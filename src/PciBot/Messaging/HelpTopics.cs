using PciBot.Localization;

namespace PciBot.Messaging;

/// <summary>A feature's lines of the help card, in the asker's language; registered with <see cref="IncomingRegistration.AddHelpTopics"/>.</summary>
internal sealed record HelpTopics(Func<BotTexts, IReadOnlyList<HelpTopic>> For);
