using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>The JSON settings used for everything that goes over the Bot Framework wire.</summary>
public static class BotJson
{
    /// <summary>The deepest nesting accepted when reading, well above what Teams sends.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Web defaults (camelCase, case-insensitive reads), nulls omitted on write, duplicate members rejected,
    /// UTC instants written with a <c>Z</c> suffix. The instance is read-only.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = MaxDepth,
            // A second "serviceUrl" member must not be able to override the one the token was checked against.
            AllowDuplicateProperties = false,
        };
        options.Converters.Add(new UtcDateTimeOffsetConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
