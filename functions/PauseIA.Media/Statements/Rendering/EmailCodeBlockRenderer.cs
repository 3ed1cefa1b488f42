using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// A code block as Markdig writes it, <c>&lt;pre&gt;&lt;code&gt;</c>, with the block's style on
/// <c>&lt;pre&gt;</c> and a <c>&lt;code&gt;</c> that takes its font: Markdig writes a node's attributes
/// on one of the two only.
/// </summary>
internal sealed class EmailCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<pre").WriteAttributes(obj).Write("><code style=\"" + EmailStyles.PreCode + "\">");
        renderer.WriteLeafRawLines(obj, true, true);
        renderer.WriteLine("</code></pre>");
    }
}
