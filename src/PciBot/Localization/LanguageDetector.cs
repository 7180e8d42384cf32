using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PciBot.Kit;

namespace PciBot.Localization;

/// <summary>
/// Tells whether words someone typed are Vietnamese or English. A word with diacritics or one of Vietnamese's common
/// words written without them ("viec", "nhiem", "tro", "giup") counts for Vietnamese, a common English word for English;
/// the language with more words wins. Numbers, codes ("PGI 2", "A.III"), unit abbreviations and a tie say nothing: null.
/// </summary>
internal static partial class LanguageDetector
{
    // Words that are common in one language and not words of the other once Vietnamese loses its diacritics: "the"
    // (thẻ), "an" (ăn), "to" (tờ), "do" (đó), "on" (ôn), "can" (cán), "so" (số, Sở), "con" (còn) and "i" (the index B.I)
    // are left out of both lists.
    private static readonly HashSet<string> Vietnamese = new(StringComparer.Ordinal)
    {
        "ai", "bach", "ban", "bao", "bo", "cac", "cam", "cao", "cap", "chao", "chi", "chua", "chuyen", "co", "cua", "da",
        "dang", "danh", "dap", "dat", "den", "dieu", "don", "duoc", "gan", "gi", "gia", "gian", "giup", "han", "hien",
        "hoach", "hoan", "hop", "kenh", "ke", "ket", "khoi", "khong", "kien", "ky", "la", "lai", "lam", "lich", "mac",
        "minh", "moi", "nam", "nao", "nay", "nghi", "ngay", "nhac", "nhap", "nhat", "nhiem", "nhu", "nhung", "nv", "oi",
        "phi", "phong", "qua", "quan", "quy", "sach", "sang", "sau", "su", "sua", "tai", "thang", "thanh", "thoi", "thuc",
        "thuoc", "tien", "tin", "toi", "tong", "tre", "tri", "tro", "trong", "truoc", "truong", "tuan", "ung", "va", "van",
        "vi", "viec", "vien", "voi", "vu", "vuong", "xem", "xin", "xong", "xuat",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "all", "am", "and", "annual", "are", "as", "assign", "audit", "blocked", "channel", "condition", "cost", "costs",
        "delegate", "digest", "done", "due", "edit", "end", "export", "for", "from", "has", "have", "head", "hello",
        "help", "hi", "history", "holiday", "holidays", "how", "import", "index", "indices", "is", "last", "late", "list",
        "met", "mine", "month", "monthly", "my", "next", "not", "of", "office", "open", "or", "over", "overdue", "people",
        "plan", "please", "quarter", "quarters", "report", "reported", "reports", "roll", "rollup", "schedule",
        "schedules", "set", "show", "status", "task", "tasks", "thank", "thanks", "this", "time", "today", "transparency",
        "unassign", "unit", "units", "update", "was", "week", "weekly", "what", "whats", "when", "where", "which", "who",
        "whoami", "why", "with", "year", "yearly", "you",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary><see cref="BotTexts.Vietnamese"/> or <see cref="BotTexts.English"/> when the words say which; null when they do not.</summary>
    public static BotTexts? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (vietnamese, english) = (0, 0);
        // Word by word: a word holds only letters and marks, so a broken surrogate pair elsewhere (a quote cut short)
        // cannot make normalization throw.
        foreach (Match word in Word().Matches(text))
        {
            var folded = TextNormalizer.Normalize(word.Value);
            if (HasDiacritics(word.Value) || Vietnamese.Contains(folded))
            {
                vietnamese++;
            }
            else if (English.Contains(folded))
            {
                english++;
            }
        }

        return vietnamese > english ? BotTexts.Vietnamese
            : english > vietnamese ? BotTexts.English
            : null;
    }

    private static bool HasDiacritics(string word) =>
        word.Normalize(NormalizationForm.FormD).Any(c => c is 'đ' or 'Đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex Word();
}
