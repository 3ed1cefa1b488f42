using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace PauseIA.Media.Statements.Diffs;

/// <summary>Diffs two versions of a text with DiffPlex: by line (inline) and side by side with a word diff of modified lines.</summary>
public static class MarkdownDiffer
{
    private static readonly InlineDiffBuilder Inline = new(Differ.Instance);

    private static readonly SideBySideDiffBuilder SideBySide = new(Differ.Instance, LineChunker.Instance, WordChunker.Instance);

    public static VersionDiff Diff(int from, int to, string oldText, string newText)
    {
        oldText = WithoutFinalNewline(oldText);
        newText = WithoutFinalNewline(newText);
        var lines = InlineLines(oldText, newText);
        var model = SideBySide.BuildDiffModel(oldText, newText, ignoreWhitespace: false);
        var rows = model.OldText.Lines.Zip(model.NewText.Lines, (o, n) => new DiffRow(Cell(o), Cell(n))).ToList();
        var summary = new DiffSummary(
            rows.Count(r => r.Old is null && r.New is not null),
            rows.Count(r => r.Old is not null && r.New is null),
            rows.Count(r => r.Old?.Type == DiffChange.Modified));
        return new VersionDiff(from, to, summary, lines, rows);
    }

    /// <summary>A final newline ends the last line; it does not start an empty one (as in <c>git diff</c> and line comments).</summary>
    public static string WithoutFinalNewline(string text) => text.EndsWith('\n') ? text[..^1] : text;

    public static int LineCount(string text) => text.Length == 0 ? 0 : WithoutFinalNewline(text).Split('\n').Length;

    private static List<DiffLine> InlineLines(string oldText, string newText)
    {
        var lines = new List<DiffLine>();
        int oldNumber = 0, newNumber = 0;
        foreach (var piece in Inline.BuildDiffModel(oldText, newText, ignoreWhitespace: false).Lines)
        {
            switch (piece.Type)
            {
                case ChangeType.Deleted:
                    lines.Add(new DiffLine(DiffChange.Deleted, ++oldNumber, null, piece.Text ?? ""));
                    break;
                case ChangeType.Inserted:
                    lines.Add(new DiffLine(DiffChange.Inserted, null, ++newNumber, piece.Text ?? ""));
                    break;
                case ChangeType.Unchanged:
                    lines.Add(new DiffLine(DiffChange.Unchanged, ++oldNumber, ++newNumber, piece.Text ?? ""));
                    break;
            }
        }

        return lines;
    }

    private static DiffCell? Cell(DiffPiece piece) => piece.Type switch
    {
        ChangeType.Imaginary => null,
        ChangeType.Modified => new DiffCell(piece.Position ?? 0, DiffChange.Modified, piece.Text ?? "", piece.SubPieces
            .Where(w => w.Type != ChangeType.Imaginary)
            .Select(w => new DiffWord(Change(w.Type), w.Text ?? ""))
            .ToList()),
        _ => new DiffCell(piece.Position ?? 0, Change(piece.Type), piece.Text ?? ""),
    };

    private static DiffChange Change(ChangeType type) => type switch
    {
        ChangeType.Inserted => DiffChange.Inserted,
        ChangeType.Deleted => DiffChange.Deleted,
        ChangeType.Modified => DiffChange.Modified,
        _ => DiffChange.Unchanged,
    };
}
