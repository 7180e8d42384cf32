namespace PciBot.Tests.Infrastructure;

/// <summary>
/// LibreOffice and poppler, as installed by <c>apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation</c>:
/// a document rendered to PDF the way the Office would print it, and the PDF read back as text, page by page.
/// </summary>
public static class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string? Soffice { get; } = OnPath("soffice");

    public static string? PdfToText { get; } = OnPath("pdftotext");

    public static string? PdfInfo { get; } = OnPath("pdfinfo");

    public static string? SkipReason =>
        Soffice is null ? "soffice is not on PATH (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation)"
        : PdfToText is null || PdfInfo is null ? "pdftotext or pdfinfo is not on PATH (apt-get install poppler-utils)"
        : null;

    /// <summary>Converts <paramref name="document"/> to a PDF beside it with a profile of its own, so that it never meets a running LibreOffice.</summary>
    public static async Task<string> ToPdfAsync(string document)
    {
        var directory = Path.GetDirectoryName(document)!;
        var profile = new Uri(Path.Combine(directory, "profile")).AbsoluteUri;
        var run = await ProcessRun.StartAsync(Soffice!, directory, Timeout,
            $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory, document);
        var pdf = Path.ChangeExtension(document, ".pdf");
        Assert.True(run.ExitCode == 0 && File.Exists(pdf), run.Printed);
        return pdf;
    }

    /// <summary>The text of each page, laid out as printed, so that a line of the page is a line of the text.</summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(string pdf)
    {
        var run = await ProcessRun.StartAsync(PdfToText!, Path.GetDirectoryName(pdf)!, Timeout, "-layout", "-enc", "UTF-8", pdf, "-");
        Assert.True(run.ExitCode == 0, run.Printed);
        return run.Output.Split('\f').SkipLast(1).ToList();
    }

    /// <summary>Each page's width and height in points.</summary>
    public static async Task<IReadOnlyList<(double Width, double Height)>> PageSizesAsync(string pdf, int pages)
    {
        var run = await ProcessRun.StartAsync(PdfInfo!, Path.GetDirectoryName(pdf)!, Timeout, "-f", "1", "-l", pages.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf);
        Assert.True(run.ExitCode == 0, run.Printed);
        return run.Output.Split('\n')
            .Where(l => l.StartsWith("Page ", StringComparison.Ordinal) && l.Contains(" size: ", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(" size: ", StringComparison.Ordinal) + 7)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (double.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program))
            .FirstOrDefault(File.Exists);
}
