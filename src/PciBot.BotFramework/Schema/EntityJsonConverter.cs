using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Schema;

/// <summary>
/// Reads <c>mention</c> entities as <see cref="Mention"/> and writes every entity with the members of its runtime type,
/// so a <see cref="Mention"/> in <see cref="Activity.Entities"/> keeps <c>mentioned</c> and <c>text</c>.
/// </summary>
internal sealed class EntityJsonConverter : JsonConverter<Entity>
{
    private const string TypeMember = "type";
    private const string MentionedMember = "mentioned";
    private const string TextMember = "text";

    public override Entity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An entity must be a JSON object.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var type = root.TryGetProperty(TypeMember, out var typeElement) ? ReadString(typeElement, TypeMember) : null;
        var isMention = string.Equals(type, Mention.EntityType, StringComparison.OrdinalIgnoreCase);
        var entity = isMention ? new Mention() : new Entity();
        entity.Type = type;

        foreach (var member in root.EnumerateObject())
        {
            if (member.NameEquals(TypeMember))
            {
                continue;
            }

            if (isMention && member.NameEquals(MentionedMember))
            {
                ((Mention)entity).Mentioned = member.Value.Deserialize<ChannelAccount>(options);
            }
            else if (isMention && member.NameEquals(TextMember))
            {
                ((Mention)entity).Text = ReadString(member.Value, TextMember);
            }
            else
            {
                entity.Properties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                entity.Properties[member.Name] = member.Value.Clone();
            }
        }

        return entity;
    }

    public override void Write(Utf8JsonWriter writer, Entity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Type is not null)
        {
            writer.WriteString(TypeMember, value.Type);
        }

        if (value is Mention mention)
        {
            if (mention.Mentioned is not null)
            {
                writer.WritePropertyName(MentionedMember);
                JsonSerializer.Serialize(writer, mention.Mentioned, options);
            }

            if (mention.Text is not null)
            {
                writer.WriteString(TextMember, mention.Text);
            }
        }

        if (value.Properties is not null)
        {
            foreach (var (name, element) in value.Properties)
            {
                writer.WritePropertyName(name);
                element.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static string? ReadString(JsonElement element, string member) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null => null,
        _ => throw new JsonException($"The entity member '{member}' must be a string."),
    };
}
