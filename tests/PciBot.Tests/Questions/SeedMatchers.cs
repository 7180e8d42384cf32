using System.Text.Json.Nodes;
using PciBot.Registry;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Questions;

/// <summary>The unit and index matchers of the seeded plan, built from the seed files as the registry would hold them.</summary>
internal static class SeedMatchers
{
    private static readonly Lazy<(UnitMatcher Units, IndexMatcher Indices, TaskMatcher Tasks)> Built = new(() =>
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
        var tasks = plan["tasks"]!.AsArray().Select(t => new PlanTask
        {
            Family = (string)t!["family"]! == "PGI" ? IndexFamily.Pgi : IndexFamily.Pci,
            Number = (int)t["number"]!,
            Text = (string)t["text"]!,
            Timeline = (string)t["timeline"]!,
        });
        return (new UnitMatcher(units), new IndexMatcher(indices), new TaskMatcher(tasks));
    });

    public static UnitMatcher Units => Built.Value.Units;

    public static IndexMatcher Indices => Built.Value.Indices;

    public static TaskMatcher Tasks => Built.Value.Tasks;
}
