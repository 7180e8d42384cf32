using System.Text.RegularExpressions;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Demo;

/// <summary>The users of the repository's <c>.m365agentsplayground.yml</c>, read as the Playground reads them.</summary>
internal sealed partial record PlaygroundSetup(string TenantId, string BotId, IReadOnlyList<PlaygroundUser> Users, string OfficeChannelId, string OfficeChannelName)
{
    public static string Path => System.IO.Path.Combine(RepositoryRoot.Path, ".m365agentsplayground.yml");

    public PlaygroundUser CurrentUser => Users[0];

    public PlaygroundUser User(string name) => Users.Single(u => u.Name == name);

    /// <summary>The fields of a flat YAML file of this shape: the current user first, then <c>users</c>, then the chats and the team.</summary>
    public static PlaygroundSetup Read()
    {
        var lines = File.ReadAllLines(Path).Where(l => !l.TrimStart().StartsWith('#')).ToList();
        string Value(string line) => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Trim('"');
        var users = new List<PlaygroundUser>();
        Dictionary<string, string>? current = null;
        string? tenant = null, bot = null, channelId = null, channelName = null;
        var section = "";
        foreach (var line in lines)
        {
            if (TopLevel().Match(line) is { Success: true } top)
            {
                section = top.Groups[1].Value;
                tenant = section == "tenantId" ? Value(line) : tenant;
                continue;
            }

            var field = Field().Match(line);
            if (!field.Success)
            {
                continue;
            }

            var (name, value, startsItem) = (field.Groups[2].Value, Value(line), field.Groups[1].Value.Contains('-', StringComparison.Ordinal));
            switch (section)
            {
                case "bot" when name == "id":
                    bot = value;
                    break;
                case "currentUser" or "users":
                    if (startsItem || (section == "currentUser" && current is null))
                    {
                        current = new Dictionary<string, string>(StringComparer.Ordinal);
                        users.Add(new PlaygroundUser(current));
                    }

                    current![name] = value;
                    break;
                case "team" when startsItem && name == "id":
                    channelId = value;
                    break;
                case "team" when channelId is not null && name == "name":
                    channelName = value;
                    break;
            }
        }

        return new PlaygroundSetup(tenant!, bot!, users, channelId!, channelName!);
    }

    [GeneratedRegex(@"^([A-Za-z]+):")]
    private static partial Regex TopLevel();

    [GeneratedRegex(@"^(\s+(?:-\s+)?)([A-Za-z]+):")]
    private static partial Regex Field();
}

internal sealed record PlaygroundUser(IReadOnlyDictionary<string, string> Fields)
{
    public string Id => Fields["id"];

    public string Name => Fields["name"];

    public string AadObjectId => Fields["aadObjectId"];

    /// <summary>The Playground's own spelling of userPrincipalName.</summary>
    public string Upn => Fields["userPrincipleName"];
}
