using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PciBot.People;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Updates;

namespace PciBot.Tests.Status;

/// <summary>
/// Asks the bot through /api/messages, as Teams would, and reads the overdue lines off what it answers: the digest, the
/// rollup card, the Excel export, and the questions' cards. Each reader takes only what the surface shows to a person.
/// </summary>
internal sealed partial class OverdueSurfaces(UpdateScenario scenario)
{
    private const string Overdue = "Quá hạn";

    private int messages;

    /// <summary>The bot's answer to <paramref name="text"/> sent by <paramref name="person"/> in their personal chat.</summary>
    public async Task<RecordedCall> AskAsync(Person person, string text)
    {
        var id = $"agreement-{Interlocked.Increment(ref messages)}";
        var before = scenario.Connector.Calls.Count;
        await scenario.App.PostActivityAsync(Activities.PersonalMessage(scenario.Connector.ServiceUrl, text, person.TeamsUserId!, person.AadObjectId, id: id));
        var answer = $"/v3/conversations/a:personal-{person.TeamsUserId}/activities/{id}";
        for (var i = 0; i < 400; i++)
        {
            if (scenario.Connector.Calls.Skip(before).FirstOrDefault(c => c.Method == "POST" && c.Path == answer) is { } reply)
            {
                return reply;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"No answer to \"{text}\".");
    }

    /// <summary>Every page of a question's answer: the first as a message, the others by pressing "Xem thêm".</summary>
    public async Task<List<JsonObject>> PagesAsync(Person person, string text)
    {
        var pages = new List<JsonObject>();
        var card = (await AskAsync(person, text)).Card;
        while (card is not null)
        {
            pages.Add(card);
            var more = CardJson.Descendants(card).FirstOrDefault(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == "questions.more");
            card = more is null ? null : UpdateScenario.CardOf((await scenario.InvokeAsync(person, more["data"]!.DeepClone().AsObject())).Body);
        }

        return pages;
    }

    /// <summary>
    /// The digest's overdue lines as its "Chưa báo cáo" section names them (a unit, then its tasks by cut-off), with the
    /// overdue count of each unit from "Theo đơn vị" and the lines of its overdue list (which stops at 12 items).
    /// </summary>
    public static (HashSet<OverdueLine> Lines, Dictionary<string, int> CountByUnit, List<OverdueLine> Listed, int ListedTotal) Digest(JsonObject? card)
    {
        var lines = new HashSet<OverdueLine>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var listed = new List<OverdueLine>();
        var total = 0;
        if (card is null)
        {
            return (lines, counts, listed, total);
        }

        foreach (var fact in FactSets(card).FirstOrDefault() ?? [])
        {
            var count = CountIn().Match(fact.Value);
            counts[fact.Title] = count.Success ? int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        }

        string? heading = null;
        foreach (var (text, isHeading) in TextBlocks(card))
        {
            if (isHeading)
            {
                heading = text;
                continue;
            }

            if (heading == "Chưa báo cáo" && UnitParts().Match(text) is { Success: true } unit)
            {
                foreach (var part in unit.Groups[2].Value.Split("; "))
                {
                    if (OverdueByCutOff().Match(part) is { Success: true } late)
                    {
                        lines.UnionWith(late.Groups[2].Value.Split(", ").Select(task => new OverdueLine(task, unit.Groups[1].Value, late.Groups[1].Value)));
                    }
                }
            }
            else if (heading is not null && (heading.StartsWith("Dòng quá hạn", StringComparison.Ordinal) || heading == "Nhiệm vụ quá hạn"))
            {
                if (ListedLine().Match(text) is { Success: true } item)
                {
                    listed.Add(new OverdueLine(item.Groups[1].Value, item.Groups[2].Value, item.Groups[3].Value));
                    total++;
                }
                else if (MoreItems().Match(text) is { Success: true } more)
                {
                    total += int.Parse(more.Groups[1].Value, CultureInfo.InvariantCulture);
                }
            }
        }

        return (lines, counts, listed, total);
    }

    /// <summary>The rollup card's lines shown "Quá hạn", each under its task, with the cut-off it names.</summary>
    public static HashSet<OverdueLine> RollupCard(JsonObject? card)
    {
        var lines = new HashSet<OverdueLine>();
        string? task = null;
        foreach (var (text, _) in card is null ? [] : TextBlocks(card))
        {
            if (TaskHeading().Match(text) is { Success: true } heading)
            {
                task = heading.Groups[1].Value;
                continue;
            }

            foreach (var line in text.Split('\n'))
            {
                if (task is not null && RollupLine().Match(line) is { Success: true } late)
                {
                    lines.Add(new OverdueLine(task, late.Groups[1].Value, late.Groups[2].Value));
                }
            }
        }

        return lines;
    }

    /// <summary>The Excel export's rows whose status is "Quá hạn", its columns found by their headers; the cut-off, a date serial there, written dd/MM/yyyy.</summary>
    public static HashSet<OverdueLine> Workbook(byte[] file)
    {
        using var stream = new MemoryStream(file);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Descendants<Sheet>().Single(s => s.Name == "Phụ lục");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.Descendants<Row>()
            .Select(r => r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()), CellText))
            .ToList();
        var column = rows[0].ToDictionary(c => c.Value, c => c.Key);
        return rows.Skip(1)
            .Where(r => r.GetValueOrDefault(column["Tình trạng"]) == Overdue)
            .Select(r => new OverdueLine(r[column["Nhiệm vụ số"]], r[column["Đơn vị báo cáo"]], column.TryGetValue("Hạn báo cáo", out var cutOff) ? DateText(r.GetValueOrDefault(cutOff, "?")) : "?"))
            .ToHashSet();
    }

    private static string DateText(string serial) =>
        double.TryParse(serial, NumberStyles.Float, CultureInfo.InvariantCulture, out var days)
            ? DateTime.FromOADate(days).ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture)
            : serial;

    /// <summary>
    /// The overdue lines of a question's cards and the overdue count it states. With <paramref name="unitSections"/>
    /// (who has not reported) a row is one unit's line under the unit's name; otherwise a row names the units whose
    /// line is overdue.
    /// </summary>
    public static (HashSet<OverdueLine> Lines, int? Stated) StatusList(IReadOnlyList<JsonObject> pages, bool unitSections)
    {
        var lines = new HashSet<OverdueLine>();
        int? stated = null;
        foreach (var page in pages)
        {
            string? section = null;
            foreach (var (text, isHeading) in TextBlocks(page))
            {
                if (stated is null && StatedCount().Match(text) is { Success: true } count)
                {
                    stated = int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture);
                }

                if (isHeading)
                {
                    section = text;
                    continue;
                }

                if (AnswerLine().Match(text) is not { Success: true } row)
                {
                    continue;
                }

                var (task, cutOff, status, notes) = (row.Groups[1].Value, row.Groups[2].Value, row.Groups[3].Value, row.Groups[4].Value);
                if (unitSections && status == Overdue && section is not null)
                {
                    lines.Add(new OverdueLine(task, section, cutOff));
                }

                var named = notes.Split("; ").FirstOrDefault(n => n.StartsWith("quá hạn: ", StringComparison.Ordinal));
                if (named is not null)
                {
                    lines.UnionWith(named["quá hạn: ".Length..].Split(", ").Select(unit => new OverdueLine(task, unit, cutOff)));
                }
            }
        }

        return (lines, stated);
    }

    /// <summary>The task card's lead units whose line is "Quá hạn", this period and still overdue from earlier ones.</summary>
    public static HashSet<OverdueLine> TaskCard(string task, JsonObject? card) =>
        (card is null ? [] : FactSets(card))
            .SelectMany(facts => facts)
            .Select(f => (f.Title, Match: TaskCardStatus().Match(f.Value)))
            .Where(f => f.Match.Success)
            .Select(f => new OverdueLine(task, f.Title, f.Match.Groups[1].Value))
            .ToHashSet();

    /// <summary>How many overdue lines of earlier periods a list of tasks says it leaves out.</summary>
    public static int EarlierOverdue(IReadOnlyList<JsonObject> pages) =>
        pages.SelectMany(TextBlocks).Select(b => EarlierOverdueNote().Match(b.Text)).FirstOrDefault(m => m.Success) is { } note
            ? int.Parse(note.Groups[1].Value, CultureInfo.InvariantCulture)
            : 0;

    /// <summary>The card's text blocks in reading order, including those in columns; headings are bold and set apart.</summary>
    private static IEnumerable<(string Text, bool Heading)> TextBlocks(JsonObject card) =>
        CardJson.Descendants(card["body"])
            .Where(o => (string?)o["type"] == "TextBlock")
            .Select(o => ((string)o["text"]!, (string?)o["weight"] == "bolder" && (bool?)o["separator"] == true));

    private static IEnumerable<List<(string Title, string Value)>> FactSets(JsonObject card) =>
        CardJson.Descendants(card["body"])
            .Where(o => (string?)o["type"] == "FactSet")
            .Select(o => o["facts"]!.AsArray().Select(f => ((string)f!["title"]!, (string)f["value"]!)).ToList());

    private static string CellText(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";

    [GeneratedRegex(@"(?:^| · )Quá hạn (\d+)")]
    private static partial Regex CountIn();

    [GeneratedRegex(@"^\*\*(.+?)\*\*: (.+)$")]
    private static partial Regex UnitParts();

    [GeneratedRegex(@"^quá hạn, hạn (\d{2}/\d{2}/\d{4}): (.+)$")]
    private static partial Regex OverdueByCutOff();

    [GeneratedRegex(@"^\*\*(P[CG]I \d+)\*\* · (.+) — hạn (\d{2}/\d{2}/\d{4})$")]
    private static partial Regex ListedLine();

    [GeneratedRegex(@"^… và (\d+) mục khác$")]
    private static partial Regex MoreItems();

    [GeneratedRegex(@"^\*\*(P[CG]I \d+)\*\* ")]
    private static partial Regex TaskHeading();

    [GeneratedRegex(@"^- (.+?) · hạn (\d{2}/\d{2}/\d{4}): Quá hạn\b")]
    private static partial Regex RollupLine();

    [GeneratedRegex(@"(?:^|· )Quá hạn: (\d+)")]
    private static partial Regex StatedCount();

    [GeneratedRegex(@"^\*\*(P[CG]I \d+)\*\* · .* · (\d{2}/\d{2}/\d{4}|[^·]+) · \*\*(.+?)\*\*(?: \((.*)\))?$")]
    private static partial Regex AnswerLine();

    [GeneratedRegex(@"^Quá hạn · (\d{2}/\d{2}/\d{4})")]
    private static partial Regex TaskCardStatus();

    [GeneratedRegex(@"Còn (\d+) dòng quá hạn của kỳ trước")]
    private static partial Regex EarlierOverdueNote();
}
