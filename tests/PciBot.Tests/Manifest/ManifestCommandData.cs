namespace PciBot.Tests.Manifest;

/// <summary>
/// The bot commands the Teams app manifest offers, per scope, exactly as a user picking one from
/// the command menu sends it. <see cref="ManifestCommandTests"/> keeps this list and
/// manifest/manifest.json in step, so tests that send each command to the bot can rely on it.
/// </summary>
public static class ManifestCommandData
{
    public static IReadOnlyList<(string Scope, string Title)> ManifestCommands { get; } =
    [
        ("personal", "trợ giúp"),
        ("personal", "nhiệm vụ"),
        ("personal", "nhiệm vụ 19"),
        ("personal", "việc đến hạn quý này"),
        ("personal", "việc của tôi"),
        ("personal", "tôi là ai"),
        ("team", "trợ giúp"),
        ("team", "nhiệm vụ"),
        ("team", "việc đến hạn quý này"),
        ("team", "đặt làm kênh Văn phòng"),
        ("groupChat", "trợ giúp"),
        ("groupChat", "nhiệm vụ"),
        ("groupChat", "việc đến hạn quý này"),
    ];

    /// <summary>The same list as xunit member data: scope, title.</summary>
    public static TheoryData<string, string> AsTheoryData()
    {
        var data = new TheoryData<string, string>();
        foreach (var (scope, title) in ManifestCommands)
        {
            data.Add(scope, title);
        }

        return data;
    }
}
