namespace PciBot.Tests.Architecture;

/// <summary>
/// The folders of the bot, lowest layer first. A folder may use folders of its own layer or lower ones, never a
/// higher one; <see cref="FolderDependencyTests"/> also forbids two folders that use each other.
/// </summary>
internal static class FolderLayers
{
    public static readonly IReadOnlyList<(string Name, string[] Folders)> Layers =
    [
        ("shared kit", ["Kit", "Clock", "Localization", "Files", "Telemetry", "Graph"]),
        ("incoming engine: knows features only through the grammars, card actions and observers they register", ["Messaging"]),
        ("storage", ["Data", "Audit", "Conversations", "Health", "Inbox"]),
        ("calendar, plan and people", ["Calendar", "Registry", "People"]),
        ("schedules: when reminders and reports fall due", ["Schedules"]),
        ("outgoing engine: knows features only through the outbox kinds and renderers they register", ["Outbox"]),
        ("audience: who receives what the bot sends, and the rows addressed to them", ["Audience"]),
        ("status and updates", ["Status", "Updates"]),
        ("what people ask and receive", ["Questions", "Digests", "Rollups", "Exports", "Admin", "Reminders"]),
        ("the Office dashboard: the Teams tab's pages over what the features compute", ["Dashboard"]),
        ("trying it out: the demo roster and the guided tour, Development only", ["Demo"]),
    ];

    public static int? LayerOf(string folder)
    {
        for (var i = 0; i < Layers.Count; i++)
        {
            if (Layers[i].Folders.Contains(folder, StringComparer.Ordinal))
            {
                return i;
            }
        }

        return null;
    }
}
