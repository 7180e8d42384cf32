using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Fuzzing;

/// <summary>
/// Generated and mutated inbound requests from one seeded <see cref="Random"/>: the same seed gives the same bodies.
/// Every request carries its number in its user and conversation ids (<c>fuzz-{n}</c>), so what the bot stores can be
/// traced back to the request it came from.
/// </summary>
internal sealed class ActivityFuzzer(int seed, string serviceUrl, IReadOnlyList<int> taskIds, IReadOnlyList<int> unitIds)
{
    private static readonly string[] Verbs = ["progress.submit", "progress.snooze", "progress.extend", "progress.refresh", "", "PROGRESS.SUBMIT", "progress.submit ", "admin.delete"];
    private static readonly string[] Types = ["message", "invoke", "installationUpdate", "conversationUpdate", "messageReaction", "event", "typing", "endOfConversation", "foo/bar", "MESSAGE", "", " "];
    private static readonly string[] Texts = ["trợ giúp", "việc đến hạn quý này", "nhiệm vụ 19", "cập nhật nhiệm vụ 19", "gán <at>X</at> làm quản trị", "bỏ gán <at>Admin</at>", "đặt làm kênh Văn phòng", "tôi là ai", "lịch sử nhiệm vụ 1", "danh sách cán bộ"];
    private static readonly string[] Mutations = ["drop", "null", "number", "array", "object", "bool", "huge", "unicode"];
    private readonly Random random = new(seed);

    public (string Kind, byte[] Body) Next(int n)
    {
        var kind = random.Next(12);
        return kind switch
        {
            0 => ("random json", Utf8(RandomJson(0)?.ToJsonString() ?? "null")),
            1 => ("wrong types", Utf8(WrongTypes(Message(n)).ToJsonString())),
            2 => ("deep nesting", Utf8(DeepNesting(n))),
            3 => ("unknown type", Utf8(WithType(Message(n), Types[random.Next(Types.Length)]).ToJsonString())),
            4 => ("invalid utf-8", InvalidUtf8(Message(n))),
            5 => ("lone surrogate", Utf8(Message(n).ToJsonString().Replace("\"text\":\"", "\"text\":\"\\ud800x\\udfff", StringComparison.Ordinal))),
            6 => ("forged invoke", Utf8(ForgedInvoke(n).ToJsonString())),
            7 => ("forged submit", Utf8(ForgedSubmit(n).ToJsonString())),
            8 => ("byte mutation", ByteMutation(Utf8(random.Next(2) == 0 ? Message(n).ToJsonString() : ForgedInvoke(n).ToJsonString()))),
            9 => ("huge string", Utf8(Huge(Message(n)).ToJsonString())),
            10 => ("message", Utf8(Message(n, Texts[random.Next(Texts.Length)] + RandomText(random.Next(0, 40))).ToJsonString())),
            _ => ("truncated", Truncate(Utf8(ForgedInvoke(n).ToJsonString()))),
        };
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private JsonObject Message(int n, string? text = null)
    {
        var message = Activities.PersonalMessage(serviceUrl, text ?? RandomText(random.Next(0, 200)), userId: $"29:fuzz-{n}", aadObjectId: $"aad-fuzz-{n}", locale: random.Next(3) == 0 ? "en-US" : "vi-VN", id: $"fuzz-{n}");
        message["conversation"]!["id"] = $"a:fuzz-{n}";
        return message;
    }

    private static JsonObject WithType(JsonObject activity, string type)
    {
        activity["type"] = type;
        return activity;
    }

    private JsonObject ForgedData()
    {
        var data = new JsonObject
        {
            ["verb"] = Verbs[random.Next(Verbs.Length)],
            ["taskId"] = random.Next(4) switch { 0 => random.Next(), 1 => -1, 2 => RandomScalar(), _ => taskIds[random.Next(taskIds.Count)] },
            ["unitId"] = random.Next(3) switch { 0 => random.Next(), 1 => RandomScalar(), _ => unitIds[random.Next(unitIds.Count)] },
            ["periodKey"] = random.Next(5) switch { 0 => "2023-Q4", 1 => "2023-M12", 2 => "2099-Q1", 3 => "D2023-12-31", _ => RandomText(12) },
            ["cardId"] = random.Next(3) == 0 ? $"o{random.Next(1, 1000)}" : RandomText(8),
            ["status"] = random.Next(5) switch { 0 => "Completed", 1 => "InProgress", 2 => "Blocked", 3 => RandomText(5), _ => RandomScalar() },
            ["percent"] = random.Next(4) switch { 0 => "50", 1 => "-3", 2 => "1e309", _ => RandomScalar() },
            ["result"] = RandomText(random.Next(0, 3000)),
            ["evidence"] = random.Next(2) == 0 ? "javascript:alert(1)" : "https://example.gov.vn/" + RandomText(10),
            ["snooze"] = random.Next(3) switch { 0 => "1d", 1 => "nextweek", _ => RandomScalar() },
            ["extendTo"] = random.Next(3) switch { 0 => "2024-01-31", 1 => "31/12/2023", _ => RandomScalar() },
            ["extendReason"] = RandomText(random.Next(0, 50)),
        };
        foreach (var key in data.Select(p => p.Key).ToList())
        {
            if (random.Next(6) == 0)
            {
                data.Remove(key);
            }
        }

        return data;
    }

    private JsonObject ForgedInvoke(int n)
    {
        var invoke = Activities.CardAction(serviceUrl, Verbs[random.Next(Verbs.Length)], ForgedData(), $"29:fuzz-{n}", $"aad-fuzz-{n}", replyToId: RandomText(6), id: $"fuzz-{n}", conversationType: random.Next(3) == 0 ? "channel" : "personal");
        invoke["conversation"]!["id"] = $"a:fuzz-{n}";
        if (random.Next(5) == 0)
        {
            invoke["name"] = random.Next(2) == 0 ? "task/fetch" : RandomText(10);
        }

        if (random.Next(5) == 0)
        {
            invoke["value"] = RandomJson(0);
        }

        return invoke;
    }

    private JsonObject ForgedSubmit(int n)
    {
        var submit = Activities.CardSubmit(serviceUrl, ForgedData(), $"29:fuzz-{n}", $"aad-fuzz-{n}", replyToId: RandomText(6), id: $"fuzz-{n}");
        submit["conversation"]!["id"] = $"a:fuzz-{n}";
        return submit;
    }

    /// <summary>One field of the activity dropped, nulled or given a value of another type.</summary>
    private JsonObject WrongTypes(JsonObject activity)
    {
        string[] paths = ["type", "id", "serviceUrl", "channelId", "from", "conversation", "recipient", "text", "locale", "channelData", "timestamp", "entities", "value", "replyToId"];
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var key = paths[random.Next(paths.Length)];
            var target = random.Next(3) == 0 && activity[key] is JsonObject inner ? inner : activity;
            var innerKey = ReferenceEquals(target, activity) ? key : target.Select(p => p.Key).DefaultIfEmpty("id").ElementAt(random.Next(Math.Max(1, target.Count)));
            switch (Mutations[random.Next(Mutations.Length)])
            {
                case "drop": target.Remove(innerKey); break;
                case "null": target[innerKey] = null; break;
                case "number": target[innerKey] = random.NextDouble() * 1e12; break;
                case "array": target[innerKey] = new JsonArray(RandomScalar(), RandomScalar()); break;
                case "object": target[innerKey] = new JsonObject { ["x"] = RandomScalar() }; break;
                case "bool": target[innerKey] = random.Next(2) == 0; break;
                case "huge": target[innerKey] = new string('9', 400); break;
                default: target[innerKey] = RandomText(30); break;
            }
        }

        return activity;
    }

    private string DeepNesting(int n)
    {
        var depth = random.Next(60, 3000);
        var open = random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        var json = Message(n).ToJsonString();
        return json.Insert(json.Length - 1, $",\"{(random.Next(2) == 0 ? "value" : "channelData2")}\":{nested}");
    }

    private byte[] InvalidUtf8(JsonObject activity)
    {
        var bytes = Utf8(activity.ToJsonString()).ToList();
        byte[][] invalid = [[0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0xBC], [0xFF], [0xED, 0xA0, 0x80]];
        var text = bytes.IndexOf((byte)'"', Math.Max(0, bytes.Count - 40));
        bytes.InsertRange(text < 0 ? bytes.Count / 2 : text + 1, invalid[random.Next(invalid.Length)]);
        return [.. bytes];
    }

    private JsonObject Huge(JsonObject activity)
    {
        // Under and over the 256 KB body limit.
        var length = random.Next(2) == 0 ? random.Next(10_000, 250_000) : random.Next(262_144, 400_000);
        activity[random.Next(3) == 0 ? "locale" : "text"] = new string((char)random.Next(0x20, 0x1EFF), length / 3);
        return activity;
    }

    private byte[] ByteMutation(byte[] body)
    {
        for (var i = random.Next(1, 8); i > 0; i--)
        {
            body[random.Next(body.Length)] = (byte)random.Next(256);
        }

        return body;
    }

    private byte[] Truncate(byte[] body) => body[..random.Next(body.Length)];

    private JsonNode? RandomJson(int depth) => random.Next(depth > 4 ? 3 : 6) switch
    {
        0 => RandomScalar(),
        1 => null,
        2 => RandomText(random.Next(0, 30)),
        3 => new JsonArray(Enumerable.Range(0, random.Next(0, 5)).Select(_ => RandomJson(depth + 1)).ToArray()),
        _ => RandomObject(depth),
    };

    private JsonObject RandomObject(int depth)
    {
        var result = new JsonObject();
        string[] keys = ["type", "id", "serviceUrl", "from", "conversation", "text", "value", "channelData", "name", "action", "data", "verb", RandomText(4)];
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            result[keys[random.Next(keys.Length)]] = RandomJson(depth + 1);
        }

        return result;
    }

    private JsonValue RandomScalar() => random.Next(5) switch
    {
        0 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        1 => JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-10, 300))),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => JsonValue.Create(long.MaxValue.ToString(CultureInfo.InvariantCulture) + "0"),
        _ => JsonValue.Create(RandomText(6)),
    };

    /// <summary>Vietnamese letters, symbols, markup, control characters and characters outside the BMP.</summary>
    private string RandomText(int length)
    {
        const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệ ĐÊƯ0123456789 <>&\"'\\/{}[]%$#@!?;:.,\t\n\r\u0000\u001f\u200b\u202e\ufeff";
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            if (random.Next(40) == 0)
            {
                text.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1F64F)));
            }
            else
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return text.ToString();
    }
}
