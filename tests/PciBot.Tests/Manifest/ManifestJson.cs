using System.Text.Json.Nodes;

namespace PciBot.Tests.Manifest;

/// <summary>Reads the committed manifest files as JSON.</summary>
internal static class ManifestJson
{
    public static JsonObject Load(string fileName = "manifest.json") =>
        JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryFolder.Manifest, fileName)))!.AsObject();

    /// <summary>Each command of each command list, once for every scope the list names.</summary>
    public static IReadOnlyList<(string Scope, string Title, string Description)> Commands(JsonObject manifest)
    {
        var commands = new List<(string, string, string)>();
        foreach (var list in manifest["bots"]![0]!["commandLists"]!.AsArray())
        {
            foreach (var scope in list!["scopes"]!.AsArray())
            {
                foreach (var command in list["commands"]!.AsArray())
                {
                    commands.Add((scope!.GetValue<string>(), command!["title"]!.GetValue<string>(), command["description"]!.GetValue<string>()));
                }
            }
        }

        return commands;
    }
}
