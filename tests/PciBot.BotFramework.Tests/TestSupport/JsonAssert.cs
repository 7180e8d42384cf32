using System.Text.Json;
using System.Text.Json.Nodes;
using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Tests.TestSupport;

internal static class JsonAssert
{
    public static void Equivalent(string expectedJson, JsonNode? actual)
        => Equivalent(JsonNode.Parse(expectedJson), actual);

    public static void Equivalent(JsonNode? expected, JsonNode? actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
        {
            var indented = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            Assert.Equal(expected?.ToJsonString(indented), actual?.ToJsonString(indented));
            Assert.Fail("The JSON documents differ only in member order or number form.");
        }
    }

    public static JsonNode Serialize<T>(T value) => JsonSerializer.SerializeToNode(value, BotJson.Options)!;
}
