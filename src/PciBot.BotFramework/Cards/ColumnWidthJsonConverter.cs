using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>Writes a weight as a JSON number and every other width as a string.</summary>
internal sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return ColumnWidth.Weight(reader.GetInt32());
        }

        var text = reader.GetString();
        if (string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return ColumnWidth.Auto;
        }

        if (string.Equals(text, "stretch", StringComparison.OrdinalIgnoreCase))
        {
            return ColumnWidth.Stretch;
        }

        if (text is not null && text.EndsWith("px", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0)
        {
            return ColumnWidth.Pixels(pixels);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) && weight > 0)
        {
            return ColumnWidth.Weight(weight);
        }

        throw new JsonException("A column width must be \"auto\", \"stretch\", a positive weight or \"<n>px\".");
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is null)
        {
            writer.WriteNumberValue(value.Number);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }
}
