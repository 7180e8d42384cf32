using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PciBot.Tests.Updates;

/// <summary>Reads a card as JSON, the way Teams would get it.</summary>
internal static class CardJson
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The card as text with Vietnamese left readable, to look for words in.</summary>
    public static string Text(JsonObject card) => card.ToJsonString(Readable);

    /// <summary>The size Teams counts against its limit: UTF-16 code units, two bytes each.</summary>
    public static int Utf16Bytes(JsonObject card) => card.ToJsonString().Length * 2;

    public static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var descendant in Descendants(child))
                    {
                        yield return descendant;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var descendant in Descendants(item))
                    {
                        yield return descendant;
                    }
                }

                break;
        }
    }

    public static JsonObject? ById(JsonObject card, string id) =>
        Descendants(card).FirstOrDefault(o => (string?)o["id"] == id && o["type"] is not null);

    /// <summary>The buttons a person can press: every Action.Execute except the card's refresh.</summary>
    public static List<JsonObject> Buttons(JsonObject card) =>
        Descendants(card)
            .Where(o => (string?)o["type"] == "Action.Execute" && !ReferenceEquals(o, card["refresh"]?["action"]))
            .ToList();

    public static JsonObject Button(JsonObject card, string verb, string? snooze = null) =>
        Buttons(card).Single(b => (string?)b["verb"] == verb && (snooze is null || (string?)b["data"]?["snooze"] == snooze));
}
