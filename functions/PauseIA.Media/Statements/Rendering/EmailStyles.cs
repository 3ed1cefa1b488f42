using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// Puts the look of the body on each element as an inline <c>style</c>: many mail clients drop
/// <c>&lt;style&gt;</c> blocks and class rules, none drop inline styles. Works on the already
/// sanitized fragment and only adds constant declarations.
/// </summary>
internal static class EmailStyles
{
    public const string Font = "font-family:Arial,Helvetica,sans-serif;";

    public const string TextColor = "color:#1f2328;";

    private const string Mono = "font-family:Consolas,Menlo,'Courier New',monospace;font-size:14px;";

    private const string Border = "1px solid #d0d7de";

    private static readonly Dictionary<string, string> ByElement = new(StringComparer.Ordinal)
    {
        ["p"] = $"margin:0 0 16px 0;{Font}font-size:16px;line-height:1.5;",
        ["h1"] = $"margin:24px 0 12px 0;{Font}font-size:24px;line-height:1.25;font-weight:bold;",
        ["h2"] = $"margin:24px 0 12px 0;{Font}font-size:20px;line-height:1.25;font-weight:bold;",
        ["h3"] = $"margin:20px 0 8px 0;{Font}font-size:18px;line-height:1.3;font-weight:bold;",
        ["h4"] = $"margin:16px 0 8px 0;{Font}font-size:16px;line-height:1.3;font-weight:bold;",
        ["h5"] = $"margin:16px 0 8px 0;{Font}font-size:16px;line-height:1.3;font-weight:bold;",
        ["h6"] = $"margin:16px 0 8px 0;{Font}font-size:16px;line-height:1.3;font-weight:bold;",
        ["a"] = "color:#0b57d0;text-decoration:underline;",
        ["ul"] = "margin:0 0 16px 0;padding:0 0 0 24px;",
        ["ol"] = "margin:0 0 16px 0;padding:0 0 0 24px;",
        ["li"] = $"margin:0 0 4px 0;{Font}font-size:16px;line-height:1.5;",
        ["blockquote"] = $"margin:0 0 16px 0;padding:0 0 0 16px;border-left:4px solid #d0d7de;color:#424a53;",
        ["pre"] = $"margin:0 0 16px 0;padding:12px;background-color:#f6f8fa;{Mono}line-height:1.4;white-space:pre-wrap;",
        ["code"] = $"{Mono}background-color:#f6f8fa;",
        ["table"] = "margin:0 0 16px 0;border-collapse:collapse;",
        ["th"] = $"padding:6px 10px;border:{Border};background-color:#f6f8fa;{Font}font-size:15px;font-weight:bold;",
        ["td"] = $"padding:6px 10px;border:{Border};{Font}font-size:15px;",
        ["hr"] = $"margin:24px 0;border:0;border-top:{Border};",
        ["img"] = "max-width:100%;height:auto;border:0;",
        ["sup"] = "font-size:75%;line-height:0;vertical-align:super;",
        ["div"] = "margin:24px 0 0 0;font-size:14px;color:#57606a;",
    };

    // Inside a code block the block carries the look; a second background would show as stripes.
    private const string CodeInPre = "font-family:inherit;font-size:inherit;";

    public static string Apply(string fragment)
    {
        var parser = new HtmlParser();
        var context = parser.ParseDocument(string.Empty).Body!;
        var nodes = parser.ParseFragment(fragment, context);
        foreach (var element in nodes.OfType<IElement>().SelectMany(e => e.DescendantsAndSelf<IElement>()))
        {
            var style = element.LocalName == "code" && element.ParentElement?.LocalName == "pre"
                ? CodeInPre
                : ByElement.GetValueOrDefault(element.LocalName);
            if (style is not null && element.Closest("div.footnotes") is not null)
            {
                // Notes read smaller than the text they annotate.
                style = style.Replace("font-size:16px", "font-size:14px", StringComparison.Ordinal);
            }

            var own = element.GetAttribute("style");
            if (own is null && element.LocalName is "th" or "td")
            {
                // Header cells are centred by default; cells without an alignment of their own read left-aligned.
                style += "text-align:left;";
            }

            if (style is not null)
            {
                element.SetAttribute("style", style + own);
            }
        }

        return string.Concat(nodes.Select(n => n.ToHtml(HtmlFormatter.Instance)));
    }
}
