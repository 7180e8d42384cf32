namespace PciBot.Tests.Infrastructure;

/// <summary>
/// Tests that load the machine for tens of seconds (a child bot process, ten thousand requests, a third of calls
/// failing): they run on their own, after the others, so that the others' timeouts are not measured under their load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyTests
{
    public const string Name = "Heavy tests, run alone";
}
