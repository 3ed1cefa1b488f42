using System.Net;

namespace PauseIA.Media.Statements.Rendering;

// TEMP stand-in: the rendering helper's StatementRenderer replaces this file.
#pragma warning disable CA1822 // instance methods, as in the real contract
public sealed class StatementRenderer
{
    public RenderedStatement Render(RenderRequest request)
    {
        var document = request.Document;
        var embargo = request.ShowEmbargoLine && document.Embargo is { } at ? $"EMBARGO {at:u}\n\n" : "";
        var subject = document.Title ?? "Communiqué";
        var html = $"<pre>{WebUtility.HtmlEncode(embargo + document.Body)}</pre><p><a href=\"{WebUtility.HtmlEncode(request.UnsubscribeUrl)}\">unsubscribe</a></p>";
        var text = $"{embargo}{document.Body}\n\n{request.UnsubscribeUrl}\n";
        return new RenderedStatement(subject, html, text);
    }
}
