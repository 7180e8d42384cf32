using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace PciBot.Exports;

/// <summary>
/// The names the Word report prints in the places Decree 30/2020/NĐ-CP gives them: the issuing body and its parent in
/// the heading, the document symbol, the place before the date, the addressee, the signer and the recipients.
/// </summary>
internal sealed partial class ReportOptions : IValidatableObject
{
    public const string SectionName = "Exports:Report";

    /// <summary>The body the issuing body belongs to, first line of the heading (printed uppercase).</summary>
    [Required]
    public string ParentBody { get; set; } = "UBND tỉnh Khánh Hòa";

    /// <summary>The issuing body: second line of the heading (printed uppercase) and the subject of the report's sentences.</summary>
    [Required]
    public string IssuingBody { get; set; } = "Sở Thông tin và Truyền thông";

    /// <summary>The report's symbol after "Số: …/": the document type's abbreviation and the issuing body's.</summary>
    [Required]
    public string Symbol { get; set; } = "BC-STTTT";

    /// <summary>The place before the date ("Khánh Hòa, ngày … tháng … năm …").</summary>
    [Required]
    public string Place { get; set; } = "Khánh Hòa";

    /// <summary>Who the report is sent to ("Kính gửi: …"); empty: the unit the plan says to report to (Sở Kế hoạch và Đầu tư).</summary>
    public string Addressee { get; set; } = "";

    public ReportSigner Signer { get; set; } = new();

    /// <summary>The "Nơi nhận" list, one recipient an item, without the dash and the final semicolon or full stop.</summary>
    public string[]? Recipients { get; set; }

    public static IReadOnlyList<string> DefaultRecipients { get; } = ["Như trên", "Giám đốc Sở (để b/c)", "Lưu: VT, VP"];

    /// <summary>The recipients as printed; a configured list replaces the default one rather than adding to it.</summary>
    public IReadOnlyList<string> RecipientList => Recipients is { Length: > 0 } list ? list : DefaultRecipients;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!SymbolPattern().IsMatch(Symbol))
        {
            yield return new ValidationResult($"{SectionName}:Symbol '{Symbol}' is not a document symbol such as BC-STTTT (uppercase letters and digits joined by dashes).", [nameof(Symbol)]);
        }

        if (string.IsNullOrWhiteSpace(Signer.Authority))
        {
            yield return new ValidationResult($"{SectionName}:Signer:Authority must name the signing authority, e.g. \"KT. GIÁM ĐỐC\" or \"GIÁM ĐỐC\".", [nameof(Signer)]);
        }

        if (Signer.Authority.StartsWith("KT.", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(Signer.Title))
        {
            yield return new ValidationResult($"{SectionName}:Signer:Title must give the deputy's title (e.g. \"PHÓ GIÁM ĐỐC\") when the authority is signed for (\"{Signer.Authority}\").", [nameof(Signer)]);
        }

        if (Recipients is { } recipients && recipients.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult($"{SectionName}:Recipients has an empty item.", [nameof(Recipients)]);
        }
    }

    [GeneratedRegex(@"^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$")]
    private static partial Regex SymbolPattern();
}
