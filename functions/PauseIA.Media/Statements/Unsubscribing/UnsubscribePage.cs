using System.Net;

namespace PauseIA.Media.Statements.Unsubscribing;

/// <summary>
/// The pages behind an unsubscribe link, in French then English: plain HTML, no script and no inline
/// style (the console's Content-Security-Policy applies to them too), every value HTML-encoded.
/// </summary>
public sealed record UnsubscribePage(int Status, string Html)
{
    /// <summary>The form posts back to the page's own address, token included.</summary>
    public static UnsubscribePage Confirm(string maskedEmail) => new(200, Page(
        "Se désinscrire / Unsubscribe",
        $"""
        <p>Ne plus recevoir les communiqués de presse de Pause IA à l'adresse <strong>{E(maskedEmail)}</strong> ?</p>
        <p lang="en">Stop receiving Pause IA's press releases at <strong>{E(maskedEmail)}</strong>?</p>
        <form method="post">
          <input type="hidden" name="List-Unsubscribe" value="One-Click">
          <button type="submit">Me désinscrire / Unsubscribe me</button>
        </form>
        """));

    public static UnsubscribePage Done(string maskedEmail) => new(200, Page(
        "Désinscription confirmée / Unsubscribed",
        $"""
        <p>C'est fait : <strong>{E(maskedEmail)}</strong> ne recevra plus nos communiqués. Pour nous écrire, répondez simplement à nos messages.</p>
        <p lang="en">Done: <strong>{E(maskedEmail)}</strong> will no longer receive our press releases. To write to us, just reply to our messages.</p>
        """));

    public static UnsubscribePage TestLink() => new(200, Page(
        "Lien de test / Test link",
        """
        <p>Ce lien vient d'un envoi de test ou d'un aperçu : il ne désinscrit personne.</p>
        <p lang="en">This link comes from a test send or a preview: it unsubscribes nobody.</p>
        """));

    public static UnsubscribePage Invalid() => new(400, Page(
        "Lien invalide / Invalid link",
        """
        <p>Ce lien de désinscription est invalide ou incomplet. Répondez à notre message avec « désinscription » et nous le ferons.</p>
        <p lang="en">This unsubscribe link is invalid or incomplete. Reply to our message with "unsubscribe" and we will do it.</p>
        """));

    private static string E(string value) => WebUtility.HtmlEncode(value);

    private static string Page(string title, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="fr">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>{E(title)}</title></head>
        <body>
        <h1>{E(title)}</h1>
        {body}
        </body>
        </html>
        """;
}
