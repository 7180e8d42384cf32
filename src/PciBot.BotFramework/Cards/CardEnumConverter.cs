using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>Writes card enums as the camelCase strings of the Adaptive Card schema (<c>bolder</c>, <c>extraLarge</c>).</summary>
internal sealed class CardEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
