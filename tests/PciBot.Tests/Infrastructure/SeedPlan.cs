using System.Text.Json.Nodes;

namespace PciBot.Tests.Infrastructure;

/// <summary>The seed files read as plain JSON, to compute expectations independently of the code under test.</summary>
internal static class SeedPlan
{
    private static readonly Lazy<JsonNode> Plan = new(() => JsonNode.Parse(File.ReadAllText(Directory.EnumerateFiles(RepositoryRoot.Seeds, "plan-*.json").Single()))!);
    private static readonly Lazy<JsonNode> Units = new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Seeds, "units.json")))!);

    public static IEnumerable<JsonNode> Tasks => Plan.Value["tasks"]!.AsArray()!.Select(t => t!);

    /// <summary>The internal units a task's lead cell stands for, groups expanded.</summary>
    public static IReadOnlyList<string> LeadUnits(JsonNode task) =>
        task["lead"]!.AsArray().Select(c => (string)c!).SelectMany(LeadUnitsOf).Distinct().ToList();

    /// <summary>The internal units one unit code stands for: itself, or a group's members.</summary>
    public static IReadOnlyList<string> LeadUnitsOf(string code)
    {
        var units = Units.Value["units"]!.AsArray().ToDictionary(u => (string)u!["code"]!, u => u!);
        return (string)units[code]["kind"]! == "Group"
            ? units[code]["members"]!.AsArray().Select(m => (string)m!).ToList()
            : (bool)units[code]["internal"]! ? [code] : [];
    }
}
