using System.Text.Json;
using PciBot.People;

namespace PciBot.Demo;

/// <summary>Reads the demo roster and refuses, naming the entry, what could not be a person of the Playground's setup.</summary>
internal static class DemoRosterFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<DemoRoster> ReadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Demo:RosterFile: {path} does not exist.");
        }

        await using var stream = File.OpenRead(path);
        var roster = await JsonSerializer.DeserializeAsync<DemoRoster>(stream, Json, ct)
            ?? throw new InvalidOperationException($"Demo:RosterFile: {path} is empty.");
        var problems = Problems(roster).ToList();
        return problems.Count == 0
            ? roster
            : throw new InvalidOperationException($"Demo:RosterFile: {path}: {string.Join("; ", problems)}");
    }

    private static IEnumerable<string> Problems(DemoRoster roster)
    {
        if (roster.People is not { Count: > 0 })
        {
            yield return "it names nobody";
            yield break;
        }

        foreach (var person in roster.People)
        {
            if (!Guid.TryParse(person.AadObjectId, out _))
            {
                yield return $"{person.Name}: aadObjectId '{person.AadObjectId}' is not a GUID";
            }

            if (person.Language is not (null or "vi" or "en"))
            {
                yield return $"{person.Name}: language '{person.Language}' is neither vi nor en";
            }

            if (string.IsNullOrWhiteSpace(person.TeamsUserId))
            {
                yield return $"{person.Name}: teamsUserId is missing";
            }

            foreach (var membership in person.Units ?? [])
            {
                if (!Enum.TryParse<MembershipRole>(membership.Role, ignoreCase: false, out _))
                {
                    yield return $"{person.Name}: role '{membership.Role}' of {membership.Unit} is neither Head nor Delegate";
                }
            }
        }

        foreach (var duplicate in roster.People.GroupBy(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"aadObjectId {duplicate.Key} is given twice";
        }
    }
}
