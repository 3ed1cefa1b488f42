namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// Puts the look of the body on each element as an inline <c>style</c>: many mail clients drop
/// <c>&lt;style&gt;</c> blocks and class rules, none drop inline styles. PreMailer inlines the sheet
/// below into the already sanitized fragment; a style the fragment carries (a table cell's alignment)
/// wins over the sheet, as in a browser.
/// </summary>
internal static class EmailStyles
{
    public const string Font = "font-family:Arial,Helvetica,sans-serif;";

    public const string TextColor = "color:#1f2328;";

    private const string Mono = "font-family:Consolas,Menlo,'Courier New',monospace;font-size:14px;";

    private const string Border = "1px solid #d0d7de";

    private const string Sheet = $$"""
        p { margin:0 0 16px 0;{{Font}}font-size:16px;line-height:1.5; }
        h1 { margin:24px 0 12px 0;{{Font}}font-size:24px;line-height:1.25;font-weight:bold; }
        h2 { margin:24px 0 12px 0;{{Font}}font-size:20px;line-height:1.25;font-weight:bold; }
        h3 { margin:20px 0 8px 0;{{Font}}font-size:18px;line-height:1.3;font-weight:bold; }
        h4, h5, h6 { margin:16px 0 8px 0;{{Font}}font-size:16px;line-height:1.3;font-weight:bold; }
        a { color:#0b57d0;text-decoration:underline; }
        ul, ol { margin:0 0 16px 0;padding:0 0 0 24px; }
        li { margin:0 0 4px 0;{{Font}}font-size:16px;line-height:1.5; }
        blockquote { margin:0 0 16px 0;padding:0 0 0 16px;border-left:4px solid #d0d7de;color:#424a53; }
        pre { margin:0 0 16px 0;padding:12px;background-color:#f6f8fa;{{Mono}}line-height:1.4;white-space:pre-wrap; }
        code { {{Mono}}background-color:#f6f8fa; }
        pre code { font-family:inherit;font-size:inherit;background-color:transparent; }
        table { margin:0 0 16px 0;border-collapse:collapse; }
        th { padding:6px 10px;border:{{Border}};background-color:#f6f8fa;{{Font}}font-size:15px;font-weight:bold;text-align:left; }
        td { padding:6px 10px;border:{{Border}};{{Font}}font-size:15px;text-align:left; }
        hr { margin:24px 0;border:0;border-top:{{Border}}; }
        img { max-width:100%;height:auto;border:0; }
        sup { font-size:75%;line-height:0;vertical-align:super; }
        div { margin:24px 0 0 0;font-size:14px;color:#57606a; }
        div.footnotes p, div.footnotes li { font-size:14px; }
        """;

    public static string Apply(string fragment)
    {
        using var premailer = new PreMailer.Net.PreMailer(fragment);
        premailer.MoveCssInline(css: Sheet);
        return premailer.Document.Body!.InnerHtml;
    }
}
