using System.Text.Json.Nodes;

namespace PciBot.Tests.Infrastructure;

/// <summary>
/// tests/PciBot.Tests/CardValidation/validate.mjs: checks cards strictly as Adaptive Cards 1.5 with the object
/// model of the pinned adaptivecards package. Installs it with <c>npm ci</c> first when needed.
/// </summary>
public sealed class CardValidator : IAsyncLifetime
{
    private static readonly TimeSpan ValidateTimeout = TimeSpan.FromMinutes(1);

    private readonly NodeProject project = new(Path.Combine(RepositoryRoot.Path, "tests", "PciBot.Tests", "CardValidation"));

    public Task InitializeAsync() => project.EnsureInstalledAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Validates each card, written to a file named after its key; the run's output names the invalid ones.</summary>
    public async Task<ProcessRun> ValidateAsync(IReadOnlyDictionary<string, JsonObject> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var folder = Directory.CreateTempSubdirectory("pcibot-cards-");
        try
        {
            var files = new List<string> { "validate.mjs" };
            foreach (var (name, card) in cards)
            {
                var file = Path.Combine(folder.FullName, $"{name}.json");
                await File.WriteAllTextAsync(file, card.ToJsonString());
                files.Add(file);
            }

            return await project.NodeAsync(ValidateTimeout, [.. files]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
