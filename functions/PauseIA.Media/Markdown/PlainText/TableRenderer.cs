using System.Text;
using Markdig.Extensions.Tables;

namespace PauseIA.Media.Markdown.PlainText;

/// <summary>Columns padded to a common width and separated by <c>|</c>, the header underlined; readable in a monospaced client and harmless elsewhere.</summary>
internal sealed class TableRenderer : PlainTextObjectRenderer<Table>
{
    protected override void Write(PlainTextRenderer renderer, Table obj)
    {
        var rows = obj.OfType<TableRow>()
            .Select(row => (row.IsHeader, Cells: row.OfType<TableCell>().Select(cell => CellText(renderer, cell)).ToList()))
            .ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        var widths = Enumerable.Range(0, columns)
            .Select(c => rows.Max(r => c < r.Cells.Count ? Underline.Length(r.Cells[c]) : 0))
            .ToList();

        foreach (var (isHeader, cells) in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < columns; c++)
            {
                var text = c < cells.Count ? cells[c] : string.Empty;
                var padding = new string(' ', widths[c] - Underline.Length(text));
                var right = c < obj.ColumnDefinitions.Count && obj.ColumnDefinitions[c].Alignment == TableColumnAlign.Right;
                line.Append(c == 0 ? string.Empty : " | ").Append(right ? padding + text : text + padding);
            }

            renderer.Write(line.ToString().TrimEnd());
            renderer.WriteLine();
            if (isHeader)
            {
                renderer.Write(string.Join("-|-", widths.Select(w => new string('-', Math.Max(w, 1)))));
                renderer.WriteLine();
            }
        }

        renderer.EndBlock(obj);
    }

    private static string CellText(PlainTextRenderer renderer, TableCell cell) =>
        string.Join(' ', renderer.TextOf(cell).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
