using System.Text.Json.Nodes;

namespace PciBot.BotFramework.Tests.TestSupport;

internal static class Fixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static JsonNode ReadNode(string name) => JsonNode.Parse(Read(name))!;

    public static IEnumerable<string> ActivityNames()
        => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json").Select(Path.GetFileName).OfType<string>();
}
