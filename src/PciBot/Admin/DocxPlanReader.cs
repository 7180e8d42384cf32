using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PciBot.Kit;
using PciBot.Registry;
using PciBot.Registry.Seeding;

namespace PciBot.Admin;

/// <summary>
/// Reads a plan as the Department issues it, a Word document (.docx): the number and date from the heading ("Số:
/// 3225/KH-STTTT", "Khánh Hòa, ngày 05 tháng 10 năm 2023"), the title, basis, signer and report deadline from the body,
/// the general tasks a), b)… of "Nhiệm vụ, giải pháp chung", and the indices and tasks of the appendix table. The
/// issuer and the units that follow up and receive the report are not in a form worth reading: they come from the plan
/// with the same number, or else the current one.
/// </summary>
internal sealed partial class DocxPlanReader : IDisposable
{
    private readonly WordprocessingDocument document;
    private readonly IReadOnlyList<string> lines;
    private readonly WordTable appendix;

    private DocxPlanReader(WordprocessingDocument document)
    {
        this.document = document;
        var part = document.MainDocumentPart ?? throw new InvalidDataException("not a Word document (.docx)");
        var body = part.Document?.Body ?? throw new InvalidDataException("the document is empty");
        var labels = WordNumbering.LabelsOf(part);
        var tables = body.Descendants<Table>().Where(t => !t.Ancestors<Table>().Any()).Select(t => (Table: t, Grid: WordTable.Of(t, labels))).ToList();
        var found = tables.FirstOrDefault(t => WordAppendixReader.IsAppendix(t.Grid));
        appendix = found.Grid ?? throw new InvalidDataException("no appendix table with the task and lead unit columns");
        lines = WordText.Lines(body.Descendants<Paragraph>().Where(p => !p.Ancestors<Table>().Contains(found.Table)), labels);
        Number = PlanNumber();
    }

    /// <summary>The plan's number, "3225/KH-STTTT".</summary>
    public string Number { get; }

    public static DocxPlanReader Open(Stream stream)
    {
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new InvalidDataException("not a Word document (.docx)", e);
        }

        try
        {
            return new DocxPlanReader(document);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>The plan, with the issuer and the Office's units of <paramref name="basis"/>, and what could not be read.</summary>
    public PlanReading Read(PlanSeed basis, IReadOnlyList<Unit> units)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var problems = new List<PlanProblem>();
        var (indices, tasks) = WordAppendixReader.Read(appendix, units, problems);
        var issuedOn = IssuedOn();
        var title = Title();
        var year = title is not null && YearIn().Match(title) is { Success: true } inTitle ? int.Parse(inTitle.Groups["year"].Value, CultureInfo.InvariantCulture) : issuedOn.Year;
        var (signer, signerTitle) = Signer();
        var header = new PlanHeaderSeed(
            Number,
            issuedOn,
            basis.Plan.Issuer,
            title ?? basis.Plan.Title,
            year,
            Basis() ?? basis.Plan.Basis,
            signer ?? basis.Plan.Signer,
            signerTitle ?? basis.Plan.SignerTitle,
            basis.Plan.CoordinatingUnit,
            basis.Plan.ReportTo,
            ReportDeadline() ?? new DateOnly(year, 12, 31));
        return new PlanReading(new PlanSeed(header, GeneralTasks(), indices, tasks), problems);
    }

    public void Dispose() => document.Dispose();

    private string PlanNumber()
    {
        foreach (var pattern in new[] { NumberLine(), NumberInText() })
        {
            if (lines.Select(l => pattern.Match(l)).FirstOrDefault(m => m.Success) is { } match)
            {
                return Regex.Replace(match.Groups["number"].Value, @"\s+", "").TrimEnd('.', ',', ';');
            }
        }

        throw new InvalidDataException("no plan number (\"Số: …/KH-…\") in the heading");
    }

    private DateOnly IssuedOn()
    {
        foreach (var line in Heading())
        {
            if (DateLine().Match(line) is { Success: true } date
                && DateOnly.TryParseExact($"{date.Groups["y"].Value}-{date.Groups["m"].Value.PadLeft(2, '0')}-{date.Groups["d"].Value.PadLeft(2, '0')}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issued))
            {
                return issued;
            }
        }

        throw new InvalidDataException("no date (\"…, ngày 05 tháng 10 năm 2023\") in the heading");
    }

    /// <summary>The lines before the title "KẾ HOẠCH", or every line when there is no such title.</summary>
    private IEnumerable<string> Heading()
    {
        var title = TitleAt();
        return title < 0 ? lines : lines.Take(title);
    }

    private int TitleAt()
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (TextNormalizer.Normalize(lines[i]) == "ke hoach")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"Kế hoạch " and the bold lines under "KẾ HOẠCH", up to the first sentence or section.</summary>
    private string? Title()
    {
        var at = TitleAt();
        if (at < 0)
        {
            return null;
        }

        var parts = lines.Skip(at + 1).TakeWhile(l => !Opening().IsMatch(l) && !Section().IsMatch(l)).Where(l => l.Any(char.IsLetter)).Take(3).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var subtitle = string.Join(' ', parts);
        return $"Kế hoạch {char.ToLower(subtitle[0], CultureInfo.GetCultureInfo("vi-VN"))}{subtitle[1..]}";
    }

    /// <summary>"Quyết định số … năm 2023" of "Thực hiện Quyết định số … năm 2023, Sở … xây dựng Kế hoạch …".</summary>
    private string? Basis() =>
        lines.Select(l => BasisLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["basis"].Value.Trim();

    /// <summary>The name under the last "GIÁM ĐỐC" line, and that line in sentence case.</summary>
    private (string? Name, string? Title) Signer()
    {
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            var words = TextNormalizer.Normalize(lines[i]);
            if (words.EndsWith("giam doc", StringComparison.Ordinal) && words.Length <= 30 && !lines[i].Any(char.IsLower))
            {
                // "(Đã ký)" or "(Ký, ghi rõ họ tên)" may stand between the title and the name.
                var name = lines.Skip(i + 1).FirstOrDefault(l => !l.StartsWith('('));
                var title = lines[i].Trim();
                return (name, string.Concat(title[..1], title[1..].ToLower(CultureInfo.GetCultureInfo("vi-VN"))));
            }
        }

        return (null, null);
    }

    /// <summary>"… trước ngày 31/12/2023" in the part on carrying out the plan.</summary>
    private DateOnly? ReportDeadline()
    {
        foreach (var line in lines)
        {
            if (Deadline().Match(line) is { Success: true } date
                && DateOnly.TryParseExact($"{date.Groups["y"].Value}-{date.Groups["m"].Value.PadLeft(2, '0')}-{date.Groups["d"].Value.PadLeft(2, '0')}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline))
            {
                return deadline;
            }
        }

        return null;
    }

    /// <summary>The items a), b)… after the heading "Nhiệm vụ, giải pháp chung", a paragraph without a letter continuing the one before.</summary>
    private List<GeneralTaskSeed> GeneralTasks()
    {
        var start = lines.ToList().FindIndex(l => TextNormalizer.Normalize(l).Contains("nhiem vu giai phap chung", StringComparison.Ordinal));
        var tasks = new List<GeneralTaskSeed>();
        if (start < 0)
        {
            return tasks;
        }

        foreach (var line in lines.Skip(start + 1))
        {
            if (GeneralTask().Match(line) is { Success: true } item)
            {
                tasks.Add(new GeneralTaskSeed(item.Groups["letter"].Value.ToLowerInvariant(), item.Groups["text"].Value.Trim()));
            }
            else if (tasks.Count == 0 || Section().IsMatch(line) || Numbered().IsMatch(line))
            {
                break;
            }
            else
            {
                tasks[^1] = tasks[^1] with { Text = $"{tasks[^1].Text}\n{line}" };
            }
        }

        return tasks;
    }

    [GeneratedRegex(@"^\s*S[ốỐoO]\s*(?:hiệu)?\s*:\s*(?<number>\d+\s*/\s*[\p{L}\d&.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"Kế hoạch số\s+(?<number>\d+\s*/\s*[\p{L}\d&.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberInText();

    [GeneratedRegex(@"ngày\s+(?<d>\d{1,2})\s*(?:tháng\s+(?<m>\d{1,2})\s+năm\s+|[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*)(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"trước ngày\s+(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\bnăm\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearIn();

    [GeneratedRegex(@"^(?:Thực hiện|Căn cứ)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^(?:Thực hiện|Căn cứ)\s+(?<basis>.+?),\s*Sở\s.*xây dựng", RegexOptions.IgnoreCase)]
    private static partial Regex BasisLine();

    [GeneratedRegex(@"^[IVX]{1,4}\s*\.\s")]
    private static partial Regex Section();

    [GeneratedRegex(@"^\d{1,2}\s*\.\s")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<letter>[a-zđ])\s*[).]\s*(?<text>\S.*)$")]
    private static partial Regex GeneralTask();
}
