using PciBot.BotFramework.Cards;

namespace PciBot.Reminders;

/// <summary>What a reminder about several lines shows: its heading, what it asks, and the lines in the order shown.</summary>
internal sealed record ReminderListModel(string Title, TextColor TitleColor, string Intro, IReadOnlyList<ReminderListItem> Items);
