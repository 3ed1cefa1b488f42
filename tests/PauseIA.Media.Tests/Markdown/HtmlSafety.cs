using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PauseIA.Media.Tests.Markdown;

/// <summary>
/// Reads rendered HTML the way a browser would (AngleSharp's HTML5 parser) and lists everything
/// that could run script: a disallowed element, an event handler, a URL with a scheme other than
/// https, http or mailto (https only for images), or any attribute outside the small set we write.
/// </summary>
public static class HtmlSafety
{
    public static readonly HashSet<string> FragmentElements =
    [
        "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "sup", "code", "pre",
        "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "hr", "div",
    ];

    private static readonly HashSet<string> FragmentAttributes = ["href", "src", "alt", "title", "rel", "id", "class", "start", "style"];

    private static readonly HashSet<string> ScriptElements =
        ["script", "iframe", "frame", "object", "embed", "style", "link", "base", "form", "svg", "math", "input", "button", "textarea", "template"];

    private static readonly HashSet<string> DocumentElements = ["html", "head", "body"];

    /// <summary>The problems in an HTML fragment produced by the Markdown renderer; empty when safe.</summary>
    public static List<string> ProblemsInFragment(string html)
    {
        var problems = new List<string>();
        // The whole document, not only the body: the parser moves a stray <script> or <meta> into the head.
        foreach (var element in Parse(html).All.Where(e => !DocumentElements.Contains(e.LocalName)))
        {
            if (!FragmentElements.Contains(element.LocalName))
            {
                problems.Add($"element <{element.LocalName}>");
            }

            foreach (var attribute in element.Attributes)
            {
                if (!FragmentAttributes.Contains(attribute.Name))
                {
                    problems.Add($"attribute {attribute.Name} on <{element.LocalName}>");
                }

                if (attribute.Name == "style" && !attribute.Value.StartsWith("text-align:", StringComparison.Ordinal))
                {
                    problems.Add($"style \"{attribute.Value}\"");
                }
            }

            problems.AddRange(UrlProblems(element, allowed: null));
        }

        return problems;
    }

    /// <summary>The problems in a whole email document: inline styles and our template's attributes are expected there.</summary>
    public static List<string> ProblemsInEmail(string html, params string[] allowedOtherHrefs)
    {
        var problems = new List<string>();
        foreach (var element in Parse(html).All)
        {
            if (ScriptElements.Contains(element.LocalName) || (element.LocalName == "meta" && element.HasAttribute("http-equiv")))
            {
                problems.Add($"element <{element.LocalName}>");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"attribute {attribute.Name} on <{element.LocalName}>");
                }

                if (attribute.Name == "style" && (attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase)
                    || attribute.Value.Contains("expression", StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"style \"{attribute.Value}\"");
                }
            }

            problems.AddRange(UrlProblems(element, allowedOtherHrefs));
        }

        return problems;
    }

    private static IEnumerable<string> UrlProblems(IElement element, string[]? allowed)
    {
        if (element.GetAttribute("src") is { } src && !src.StartsWith("https://", StringComparison.Ordinal))
        {
            yield return $"src \"{src}\"";
        }

        if (element.GetAttribute("href") is { } href
            && !(href.StartsWith("https://", StringComparison.Ordinal)
                 || href.StartsWith("http://", StringComparison.Ordinal)
                 || href.StartsWith("mailto:", StringComparison.Ordinal)
                 || href.StartsWith("#fn:", StringComparison.Ordinal)
                 || href.StartsWith("#fnref:", StringComparison.Ordinal)
                 || (allowed?.Contains(href) ?? false)))
        {
            yield return $"href \"{href}\"";
        }

        foreach (var name in new[] { "action", "formaction", "data", "background", "poster", "srcset", "xlink:href" })
        {
            if (element.HasAttribute(name))
            {
                yield return $"attribute {name}";
            }
        }
    }

    public static int CountElements(string html, string name) => Parse(html).GetElementsByTagName(name).Length;

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
