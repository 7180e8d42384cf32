using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PciBot.AppPackage;

/// <summary>The committed manifest.json, and what the package builder changes in it.</summary>
internal sealed class ManifestTemplate
{
    public const string FileName = "manifest.json";

    // Vietnamese stays readable in the packaged manifest; it is a file, never embedded in HTML.
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonObject _root;

    private ManifestTemplate(JsonObject root) => _root = root;

    public static ManifestTemplate Load(string manifestDirectory)
    {
        var path = Path.Combine(manifestDirectory, FileName);
        var root = JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject
            ?? throw new InvalidDataException($"{path} does not hold a JSON object.");
        return new ManifestTemplate(root);
    }

    public string ManifestVersion => Text("manifestVersion");

    public string Version => Text("version");

    public string AppId => Text("id");

    public IReadOnlyList<string> BotIds =>
        Bots.Select(bot => bot?["botId"]?.GetValue<string>() ?? throw Missing("bots[].botId")).ToList();

    public DeveloperUrls DeveloperUrls
    {
        get
        {
            var developer = _root["developer"] ?? throw Missing("developer");
            Uri? Link(string name) => developer[name]?.GetValue<string>() is { } url ? new Uri(url) : null;
            return new DeveloperUrls(Link("websiteUrl"), Link("privacyUrl"), Link("termsOfUseUrl"));
        }
    }

    /// <summary>
    /// The files the manifest names, relative to it: the icons, then the localization files.
    /// Exactly these go into the package next to manifest.json.
    /// </summary>
    public IReadOnlyList<string> ReferencedFiles
    {
        get
        {
            var files = new List<string>();
            foreach (var key in new[] { "color", "outline", "color32x32" })
            {
                if (_root["icons"]?[key]?.GetValue<string>() is { } icon)
                {
                    files.Add(icon);
                }
            }

            var localization = _root["localizationInfo"];
            if (localization?["defaultLanguageFile"]?.GetValue<string>() is { } defaultFile)
            {
                files.Add(defaultFile);
            }

            foreach (var language in localization?["additionalLanguages"]?.AsArray() ?? [])
            {
                files.Add(language?["file"]?.GetValue<string>() ?? throw Missing("localizationInfo.additionalLanguages[].file"));
            }

            return files;
        }
    }

    private JsonArray Bots => _root["bots"]?.AsArray() ?? [];

    /// <summary>Sets the app id and every bot id: a Teams app that is one bot uses the bot's App ID for both.</summary>
    public void SetAppId(Guid appId)
    {
        var text = appId.ToString("D");
        _root["id"] = text;
        foreach (var bot in Bots)
        {
            if (bot is JsonObject botObject)
            {
                botObject["botId"] = text;
            }
        }
    }

    /// <summary>The host the committed manifest names for the dashboard tab until a package says the real one.</summary>
    public const string PlaceholderTabHost = "pcibot.invalid";

    /// <summary>
    /// Points the dashboard tab (the personal tab, the channel tab's configuration page, single sign-on's Application ID
    /// URI and the valid domains) at the bot's host. Without a host the tab is left out: it cannot work without one.
    /// </summary>
    public void SetTabHost(string? host, Guid appId)
    {
        string[] tabParts = ["staticTabs", "configurableTabs", "webApplicationInfo"];
        if (host is null)
        {
            foreach (var part in tabParts)
            {
                _root.Remove(part);
            }

            if (_root["validDomains"] is JsonArray domains)
            {
                foreach (var placeholder in domains.Where(d => d?.GetValue<string>() == PlaceholderTabHost).ToList())
                {
                    domains.Remove(placeholder);
                }
            }

            return;
        }

        foreach (var part in tabParts.Append("validDomains"))
        {
            if (_root[part] is { } node)
            {
                _root[part] = JsonNode.Parse(node.ToJsonString().Replace(PlaceholderTabHost, host, StringComparison.Ordinal));
            }
        }

        if (_root["webApplicationInfo"] is JsonObject sso)
        {
            var id = appId.ToString("D");
            sso["id"] = id;
            sso["resource"] = $"api://{host}/{id}";
        }
    }

    public void SetDeveloperUrls(DeveloperUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var developer = _root["developer"] as JsonObject ?? throw Missing("developer");
        if (urls.Website is { } website)
        {
            developer["websiteUrl"] = website.AbsoluteUri;
        }

        if (urls.Privacy is { } privacy)
        {
            developer["privacyUrl"] = privacy.AbsoluteUri;
        }

        if (urls.TermsOfUse is { } terms)
        {
            developer["termsOfUseUrl"] = terms.AbsoluteUri;
        }
    }

    /// <summary>UTF-8 without a byte order mark, indented, ending with a newline.</summary>
    public byte[] ToUtf8Bytes()
    {
        var json = _root.ToJsonString(WriteOptions) + "\n";
        return System.Text.Encoding.UTF8.GetBytes(json);
    }

    private string Text(string name) => _root[name]?.GetValue<string>() ?? throw Missing(name);

    private static InvalidDataException Missing(string name) => new($"The manifest has no '{name}'.");
}
