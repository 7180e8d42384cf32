namespace PciBot.Questions;

/// <summary>
/// Takes the courtesy and filler words out of a normalized question, in both languages: "chị ơi", "cho em hỏi",
/// "giúp mình", "với", "nhé", "ạ", "vậy", "please", "can you tell me", "I'd like to know". Words that could be part
/// of what is asked ("không" in "chi phí không chính thức", "thế" in "thế nào") are only taken at the end.
/// </summary>
internal static class QuestionCourtesy
{
    private static readonly string[][] Phrases = BuildPhrases();

    // Particles that end a Vietnamese question, or a polite English one; taken only from the end.
    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        "khong", "ko", "k", "hong", "a", "ah", "vay", "nhe", "nha", "nhi", "ha", "chu", "the", "day", "di", "voi", "roi",
        "please", "pls", "plz", "thanks", "thank", "you", "ty", "tks",
    };

    public static string Strip(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length;)
        {
            var length = MatchAt(words, i);
            if (length > 0)
            {
                i += length;
                continue;
            }

            kept.Add(words[i]);
            i++;
        }

        while (kept.Count > 1 && Endings.Contains(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join(' ', kept);
    }

    private static int MatchAt(string[] words, int start)
    {
        foreach (var phrase in Phrases)
        {
            if (start + phrase.Length > words.Length)
            {
                continue;
            }

            var i = 0;
            while (i < phrase.Length && string.Equals(words[start + i], phrase[i], StringComparison.Ordinal))
            {
                i++;
            }

            if (i == phrase.Length)
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    private static string[][] BuildPhrases()
    {
        string[] addressed = ["anh", "chi", "ban", "bot", "pcibot", "ad", "admin", "em", "c", "a", "co", "chu", "bac", "sep"];
        string[] selves = ["minh", "em", "toi", "tui", "chung toi", "chung em"];
        var phrases = new List<string>
        {
            // Vietnamese courtesy, anywhere in the sentence.
            "cho hoi", "xin hoi", "hoi chut", "hoi xiu", "hoi ti", "muon hoi", "muon biet", "can biet", "lam on", "vui long", "lam phien", "giup voi",
            "giup do", "giup", "dum", "xem giup", "xem ho", "xem dum", "xem", "coi", "tra cuu", "kiem tra", "cho biet", "cho xem", "co the",
            "duoc khong", "dc khong", "duoc ko", "co duoc khong", "cam on", "xin chao", "chao", "oi", "a", "nhe", "nha", "voi", "vay", "nhi",
            "thi", "la", "da", "hien nay", "hien gio", "bay gio", "luc nay", "bot", "pcibot",

            // English courtesy.
            "can you please tell me", "could you please tell me", "can you tell me", "could you tell me", "would you tell me", "can you show me",
            "could you show me", "would you show me", "can you let me know", "can you please", "could you please", "can you", "could you",
            "would you", "will you", "i d like to know", "id like to know", "i would like to know", "i want to know", "i wanna know",
            "i need to know", "i wonder", "i was wondering", "i m wondering", "do you know", "tell me", "show me", "let me know", "give me",
            "remind me", "please", "pls", "plz", "kindly", "hi", "hello", "hey", "dear", "thanks", "thank you", "quick question", "just",
            "currently", "right now", "now", "at the moment", "exactly", "actually", "a", "an",
        };

        foreach (var to in addressed)
        {
            phrases.Add($"{to} oi");
            phrases.Add($"{to} cho");
            phrases.Add($"chao {to}");
            foreach (var self in selves)
            {
                phrases.Add($"{self} chao {to}");
                phrases.Add($"{to} cho {self} hoi");
                phrases.Add($"{to} cho {self} biet");
                phrases.Add($"{to} xem giup {self}");
                phrases.Add($"{to} giup {self}");
            }
        }

        foreach (var self in selves)
        {
            foreach (var ask in new[] { "hoi", "biet", "xem", "hoi chut", "hoi xiu", "hoi ti" })
            {
                phrases.Add($"cho {self} {ask}");
                phrases.Add($"{self} muon {ask}");
                phrases.Add($"{self} can {ask}");
                phrases.Add($"{self} xin {ask}");
            }

            phrases.Add($"giup {self}");
            phrases.Add($"dum {self}");
            phrases.Add($"ho {self}");
            phrases.Add($"{self} hoi");
            phrases.Add($"{self} hoi chut");
        }

        return phrases.Distinct(StringComparer.Ordinal)
            .Select(p => p.Split(' '))
            .OrderByDescending(p => p.Length)
            .ToArray();
    }
}
