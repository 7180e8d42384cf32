using ArchUnitNET.Loader;

namespace PciBot.Tests.Architecture;

public sealed class FolderDependencyTests
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Bot = new(() => new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build());

    private static readonly Lazy<FolderGraph> Graph = new(() => new FolderGraph(Bot.Value));

    [Fact]
    public void NoTwoFoldersUseEachOtherEvenThroughOthers()
    {
        var cycles = Graph.Value.Cycles();

        var inCycles = cycles.Select(c => string.Join(" <-> ", c) + "\n" + string.Join("\n", Graph.Value.Edges
            .Where(e => c.Contains(e.From) && c.Contains(e.To))
            .Select(e => $"  {e.From} uses {e.To}: {string.Join("; ", e.Examples.Take(2))}")));

        Assert.True(cycles.Count == 0, "Folders in a dependency cycle:\n" + string.Join("\n", inCycles));
    }

    [Fact]
    public void ACycleThroughThreeFoldersIsFoundAndAnUnrelatedFolderIsNotInIt()
    {
        var graph = new FolderGraph([("Updates", "Reminders"), ("Reminders", "Schedules"), ("Schedules", "Updates"), ("Updates", "Registry")]);

        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(["Reminders", "Schedules", "Updates"], cycle);
    }

    [Fact]
    public void LayeredFoldersHaveNoCycle() =>
        Assert.Empty(new FolderGraph([("Questions", "Status"), ("Status", "Registry"), ("Questions", "Registry")]).Cycles());

    [Fact]
    public void EveryFolderHasALayer()
    {
        var unplaced = Graph.Value.Folders.Where(f => FolderLayers.LayerOf(f) is null).ToList();

        Assert.True(unplaced.Count == 0, $"Folders missing from {nameof(FolderLayers)}: {string.Join(", ", unplaced)}");
    }

    [Fact]
    public void NoFolderUsesAFolderOfAHigherLayer()
    {
        var upward = Graph.Value.Edges
            .Where(e => FolderLayers.LayerOf(e.From) is { } from && FolderLayers.LayerOf(e.To) is { } to && to > from)
            .Select(e => $"{e.From} uses {e.To}: {string.Join("; ", e.Examples.Take(3))}")
            .ToList();

        Assert.True(upward.Count == 0, "Upward dependencies:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void TheGraphSeesTheFoldersItChecks()
    {
        Assert.Contains("Registry", Graph.Value.Folders);
        Assert.Contains(Graph.Value.Edges, e => e.From == "Registry" && e.To == "Data" || e.From == "Data" && e.To == "Registry");
    }
}
