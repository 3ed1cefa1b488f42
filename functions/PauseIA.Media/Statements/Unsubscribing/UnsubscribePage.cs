using System.Net;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements.Unsubscribing;

/// <summary>
/// The pages behind an unsubscribe link: in English for a link that came in an English email,
/// otherwise in French then English. Plain HTML, no script and no inline style (the console's
/// Content-Security-Policy applies to them too), every value HTML-encoded.
/// </summary>
public sealed record UnsubscribePage(int Status, string Html)
{
    /// <summary>The form posts back to the page's own address, token included.</summary>
    public static UnsubscribePage Confirm(string maskedEmail, string? language = null) => new(200, Page(
        language,
        ("Se désinscrire", $"<p>Ne plus recevoir les communiqués de presse de Pause IA à l'adresse <strong>{E(maskedEmail)}</strong> ?</p>"),
        ("Unsubscribe", $"<p>Stop receiving Pause IA's press releases at <strong>{E(maskedEmail)}</strong>?</p>"),
        language == StatementLanguages.English ? "Unsubscribe me" : "Me désinscrire / Unsubscribe me"));

    public static UnsubscribePage Done(string maskedEmail, string? language = null) => new(200, Page(
        language,
        ("Désinscription confirmée", $"<p>C'est fait : <strong>{E(maskedEmail)}</strong> ne recevra plus nos communiqués. Pour nous écrire, répondez simplement à nos messages.</p>"),
        ("Unsubscribed", $"<p>Done: <strong>{E(maskedEmail)}</strong> will no longer receive our press releases. To write to us, just reply to our messages.</p>")));

    public static UnsubscribePage TestLink(string? language = null) => new(200, Page(
        language,
        ("Lien de test", "<p>Ce lien vient d'un envoi de test ou d'un aperçu : il ne désinscrit personne.</p>"),
        ("Test link", "<p>This link comes from a test send or a preview: it unsubscribes nobody.</p>")));

    public static UnsubscribePage Invalid() => new(400, Page(
        null,
        ("Lien invalide", "<p>Ce lien de désinscription est invalide ou incomplet. Répondez à notre message avec « désinscription » et nous le ferons.</p>"),
        ("Invalid link", "<p>This unsubscribe link is invalid or incomplete. Reply to our message with \"unsubscribe\" and we will do it.</p>")));

    private static string E(string value) => WebUtility.HtmlEncode(value);

    private static string Page(string? language, (string Title, string Body) french, (string Title, string Body) english, string? button = null)
    {
        var inEnglish = language == StatementLanguages.English;
        var title = inEnglish ? english.Title : $"{french.Title} / {english.Title}";
        var body = inEnglish ? english.Body : $"{french.Body}\n{english.Body.Replace("<p>", "<p lang=\"en\">", StringComparison.Ordinal)}";
        var form = button is null
            ? ""
            : $"""

              <form method="post">
                <input type="hidden" name="List-Unsubscribe" value="One-Click">
                <button type="submit">{E(button)}</button>
              </form>
              """;
        return $"""
            <!DOCTYPE html>
            <html lang="{(inEnglish ? "en" : "fr")}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>{E(title)}</title></head>
            <body>
            <h1>{E(title)}</h1>
            {body}{form}
            </body>
            </html>
            """;
    }
}
