namespace PciBot.Reminders;

/// <summary>The payload of a notice telling the Office about someone a message did not surely reach.</summary>
internal sealed record UndeliveredNotice(string PersonName);
