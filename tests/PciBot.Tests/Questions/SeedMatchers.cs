using System.Text.Json.Nodes;
using PciBot.Registry;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Questions;

/// <summary>The unit and index matchers of the seeded plan, built from the seed files as the registry would hold them.</summary>
internal static class SeedMatchers
{
    private static readonly Lazy<(UnitMatcher Units, IndexMatcher Indices)> Built = new(() =>
    {
        var units = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Seeds, "units.json")))!["units"]!.AsArray()
            .Select(u => new Unit
            {
                Code = (string)u!["code"]!,
                Name = (string)u["name"]!,
                FullName = (string)u["fullName"]!,
                Aliases = string.Join(Unit.AliasSeparator, u["aliases"]!.AsArray().Select(a => (string)a!)),
                Internal = (bool)u["internal"]!,
            });
        var plan = JsonNode.Parse(File.ReadAllText(Directory.EnumerateFiles(RepositoryRoot.Seeds, "plan-*.json").Single()))!;
        var indices = plan["indices"]!.AsArray().Select(i => new PlanIndex { Code = (string)i!["code"]!, Name = (string)i["name"]! });
        return (new UnitMatcher(units), new IndexMatcher(indices));
    });

    public static UnitMatcher Units => Built.Value.Units;

    public static IndexMatcher Indices => Built.Value.Indices;
}
