namespace PciBot.Updates;

/// <summary>A stored update with the names a card shows for it.</summary>
internal sealed record ProgressEntry(ProgressUpdate Update, string AuthorName, string UnitName);
