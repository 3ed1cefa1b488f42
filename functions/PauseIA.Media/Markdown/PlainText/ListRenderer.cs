using System.Globalization;
using Markdig.Syntax;

namespace PauseIA.Media.Markdown.PlainText;

internal sealed class ListRenderer : PlainTextObjectRenderer<ListBlock>
{
    protected override void Write(PlainTextRenderer renderer, ListBlock obj)
    {
        var number = obj.IsOrdered && int.TryParse(obj.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in obj)
        {
            renderer.EnsureLine();
            if (obj.IsLoose && !ReferenceEquals(item, obj[0]))
            {
                renderer.WriteLine();
            }

            renderer.PushHangingIndent(obj.IsOrdered ? $"{number++}. " : "- ");
            renderer.WriteChildren((ListItemBlock)item);
            renderer.PopIndent();
        }

        // A nested list belongs to its item: no blank line before the next item.
        if (obj.Parent is ListItemBlock)
        {
            renderer.EnsureLine();
        }
        else
        {
            renderer.EndBlock(obj);
        }
    }
}
