using System.Text;
using PciBot.Kit;
using PciBot.People;

namespace PciBot.Admin;

/// <summary>
/// Reads a roster (an Excel workbook's first sheet, or a CSV file separated by commas or semicolons): a header row naming
/// the unit, full name, email or UPN, and role columns, in Vietnamese or English, then one row per person and role.
/// </summary>
internal static class RosterReader
{
    private static readonly string[] UnitWords = ["don vi", "phong", "unit"];
    private static readonly string[] NameWords = ["ho va ten", "ho ten", "full name", "name"];
    private static readonly string[] PrincipalWords = ["email", "e mail", "upn", "thu dien tu", "tai khoan", "user principal name", "account"];
    private static readonly string[] RoleWords = ["vai tro", "chuc danh", "role"];

    public static bool IsRosterFileType(string type) =>
        type.Equals("csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a workbook's first sheet has a roster's header (an email or UPN column and a role column), rather than a plan's.</summary>
    public static bool LooksLikeRoster(byte[] workbook)
    {
        try
        {
            return HeaderAt(FirstSheet.Rows(new MemoryStream(workbook))) >= 0;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static List<RosterRow> Read(string type, byte[] bytes) =>
        Rows(IsRosterFileType(type) ? ReadCsv(bytes) : FirstSheet.Rows(new MemoryStream(bytes)));

    /// <summary>What a role cell says, in either language; null when it says none of them.</summary>
    public static PersonRole? Role(string text) => TextNormalizer.Normalize(text) switch
    {
        "truong" or "truong don vi" or "truong phong" or "thu truong" or "head" or "lanh dao" => PersonRole.Head,
        "uy quyen" or "nguoi duoc uy quyen" or "dau moi" or "can bo dau moi" or "delegate" or "pho" => PersonRole.Delegate,
        "van phong" or "office" or "can bo van phong" or "office staff" => PersonRole.OfficeStaff,
        "quan tri" or "quan tri vien" or "admin" or "administrator" => PersonRole.Admin,
        _ => null,
    };

    private static List<RosterRow> Rows(List<Dictionary<int, string>> rows)
    {
        var header = HeaderAt(rows);
        if (header < 0)
        {
            throw new InvalidDataException("no header row with the unit, full name, email (UPN) and role columns");
        }

        var columns = rows[header];
        int Column(string[] words) => columns.Where(c => Is(c.Value, words)).Select(c => c.Key).DefaultIfEmpty(-1).First();
        var (unit, name, principal, role) = (Column(UnitWords), Column(NameWords), Column(PrincipalWords), Column(RoleWords));
        var read = new List<RosterRow>();
        for (var i = header + 1; i < rows.Count; i++)
        {
            var row = rows[i];
            string Cell(int column) => column >= 0 && row.TryGetValue(column, out var value) ? value.Trim() : "";
            var found = new RosterRow(i + 1, Cell(unit), Cell(name), Cell(principal), Cell(role));
            if (found.Unit.Length + found.Name.Length + found.Principal.Length + found.Role.Length > 0)
            {
                read.Add(found);
            }
        }

        return read;
    }

    private static int HeaderAt(List<Dictionary<int, string>> rows) =>
        rows.FindIndex(r => r.Values.Any(v => Is(v, PrincipalWords)) && r.Values.Any(v => Is(v, RoleWords)));

    private static bool Is(string value, string[] words)
    {
        var text = TextNormalizer.Normalize(value);
        return words.Any(w => text == w || text.StartsWith(w + " ", StringComparison.Ordinal) || text.EndsWith(" " + w, StringComparison.Ordinal));
    }

    /// <summary>CSV as Excel writes it: UTF-8 (with or without a byte order mark), quoted fields, commas or semicolons.</summary>
    private static List<Dictionary<int, string>> ReadCsv(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException("the CSV file is not UTF-8: save it as \"CSV UTF-8\"", e);
        }

        var firstLine = text.Split('\n')[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var rows = new List<Dictionary<int, string>>();
        var row = new Dictionary<int, string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row[row.Count] = field.ToString();
                field.Clear();
            }
            else if (c == '\n')
            {
                row[row.Count] = field.ToString().TrimEnd('\r');
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row[row.Count] = field.ToString().TrimEnd('\r');
            rows.Add(row);
        }

        return rows;
    }
}
