namespace PciBot.Admin;

/// <summary>A row's text by grid column (merged cells included), and the text of the cells the row itself holds, in order.</summary>
internal sealed record WordTableRow(IReadOnlyDictionary<int, string> Cells, string Line)
{
    public string this[int column] => Cells.GetValueOrDefault(column, "");
}
