using DocumentFormat.OpenXml.Wordprocessing;

namespace PciBot.Admin;

/// <summary>
/// A Word table as rows of text by grid column, whatever the widths: a cell spanning columns (gridSpan) or skipped
/// ones (gridBefore) is placed at its grid position, and a cell merged with the one above (vMerge) reads as that one.
/// </summary>
internal sealed class WordTable
{
    private WordTable(IReadOnlyList<WordTableRow> rows) => Rows = rows;

    public IReadOnlyList<WordTableRow> Rows { get; }

    public static WordTable Of(Table table, IReadOnlyDictionary<Paragraph, string> labels)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<WordTableRow>();
        Dictionary<int, string> above = [];
        foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table))
        {
            var cells = new Dictionary<int, string>();
            var own = new List<string>();
            var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
            {
                var span = Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = continues ? above.GetValueOrDefault(column, "") : WordText.Of(cell, labels);
                if (!continues && text.Length > 0 && !own.Contains(text))
                {
                    own.Add(text);
                }

                for (var i = 0; i < span; i++)
                {
                    cells[column + i] = text;
                }

                column += span;
            }

            rows.Add(new WordTableRow(cells, string.Join(' ', own)));
            above = cells;
        }

        return new WordTable(rows);
    }
}
