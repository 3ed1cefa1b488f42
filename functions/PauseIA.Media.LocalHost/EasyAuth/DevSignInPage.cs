using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PauseIA.Media.Identity;

namespace PauseIA.Media.LocalHost.EasyAuth;

/// <summary>
/// The Development sign-in page: the configured team, one button per member. Plain forms, no
/// script and no inline style, so it passes the same Content-Security-Policy as the console.
/// </summary>
internal static class DevSignInPage
{
    // Accented names stay readable; markup characters are still escaped.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(IReadOnlyList<TeamMember> members, string? redirect, string? signedIn)
    {
        var html = Html;
        var page = new StringBuilder();
        page.Append("<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            // Every response says Referrer-Policy: no-referrer, under which browsers send "Origin: null"
            // with a form post, and the sign-in refuses a foreign origin. This page may tell its own origin.
            .Append("<meta name=\"referrer\" content=\"same-origin\">\n")
            .Append("<title>Connexion de développement / Development sign-in – PauseIA.Media</title>\n</head>\n<body>\n<main>\n")
            .Append("<h1>Connexion de développement / Development sign-in</h1>\n")
            .Append("<p>LocalHost joue ici le rôle d'App Service Authentication : choisissez un membre de l'équipe. ")
            .Append("/ LocalHost plays App Service Authentication here: pick a team member.</p>\n");
        if (signedIn is not null)
        {
            page.Append("<p>Connecté·e : <strong>").Append(html.Encode(signedIn)).Append("</strong> – ")
                .Append("<a href=\"/.auth/logout\">Se déconnecter / Sign out</a></p>\n");
        }

        page.Append("<table>\n<thead><tr><th>Nom / Name</th><th>Adresse / Email</th><th>Rôles / Roles</th><th>Villes / Cities</th><th></th></tr></thead>\n<tbody>\n");
        foreach (var member in members)
        {
            page.Append("<tr><td>").Append(html.Encode(member.DisplayName))
                .Append("</td><td>").Append(html.Encode(member.Email))
                .Append("</td><td>").Append(html.Encode(string.Join(", ", member.Roles)))
                .Append("</td><td>").Append(html.Encode(string.Join(", ", member.Cities)))
                .Append("</td><td><form method=\"post\" action=\"").Append(DevSignInEndpoints.LoginPath).Append("\">")
                .Append("<input type=\"hidden\" name=\"email\" value=\"").Append(html.Encode(member.Email)).Append("\">");
            if (redirect is not null)
            {
                page.Append("<input type=\"hidden\" name=\"post_login_redirect_uri\" value=\"").Append(html.Encode(redirect)).Append("\">");
            }

            page.Append("<button type=\"submit\">Se connecter / Sign in</button></form></td></tr>\n");
        }

        return page.Append("</tbody>\n</table>\n</main>\n</body>\n</html>\n").ToString();
    }
}
