namespace PauseIA.Media.Browser.Tests.Security;

/// <summary>
/// Script that tries to run: every payload calls <see cref="Canary"/> (or opens a dialog) if it ever
/// executes, so the browser test sees an execution that no error message would report.
/// </summary>
public static class XssPayloads
{
    public const string Canary = "__piaCanary";

    /// <summary>Inbound HTML: every spelling of <c>javascript:</c>, event handlers, SVG, <c>data:</c>, CSS <c>url()</c>, <c>&lt;base&gt;</c>, refresh, forms.</summary>
    public static readonly IReadOnlyList<string> Html =
    [
        "<script>__piaCanary()</script>",
        "<SCRIPT>top.__piaCanary()</SCRIPT>",
        "<img src=x onerror=__piaCanary()>",
        "<img src=\"https://pauseia.fr/x.png\" onload=\"top.__piaCanary()\">",
        "<svg onload=__piaCanary()></svg>",
        "<svg><script>__piaCanary()</script></svg>",
        "<svg><a xlink:href=\"javascript:__piaCanary()\"><text x=\"0\" y=\"20\">svg-link</text></a></svg>",
        "<svg><animate onbegin=__piaCanary() attributeName=x dur=1s></animate></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=__piaCanary()></style></mglyph></table></mtext></math>",
        "<body onload=__piaCanary()>",
        "<iframe src=\"javascript:__piaCanary()\"></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;parent.__piaCanary()&lt;/script&gt;\"></iframe>",
        "<object data=\"javascript:__piaCanary()\"></object>",
        "<embed src=\"javascript:__piaCanary()\">",
        "<a href=\"javascript:__piaCanary()\">lien-1</a>",
        "<a href=\"JaVaScRiPt:__piaCanary()\">lien-2</a>",
        "<a href=\"&#106;avascript:__piaCanary()\">lien-3</a>",
        "<a href=\"&#x6A;avascript&colon;__piaCanary()\">lien-4</a>",
        "<a href=\"java&#9;script:__piaCanary()\">lien-5</a>",
        "<a href=\"java&#10;script:__piaCanary()\">lien-6</a>",
        "<a href=\"java\tscript:__piaCanary()\">lien-7</a>",
        "<a href=\"java\nscript:__piaCanary()\">lien-8</a>",
        "<a href=\"   javascript:__piaCanary()\">lien-9</a>",
        "<a href=\"&#0000106&#0000097vascript:__piaCanary()\">lien-10</a>",
        "<a href=\"\u0001javascript:__piaCanary()\">lien-11</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19waWFDYW5hcnkoKTwvc2NyaXB0Pg==\">lien-12</a>",
        "<a href=\"vbscript:msgbox(1)\">lien-13</a>",
        "<a href=\"https://pauseia.fr\" onclick=\"__piaCanary()\" onmouseover=\"__piaCanary()\">lien-14</a>",
        "<form action=\"javascript:__piaCanary()\"><button>envoyer</button></form>",
        "<form><button formaction=\"javascript:__piaCanary()\">bouton</button></form>",
        "<input autofocus onfocus=__piaCanary()>",
        "<details open ontoggle=__piaCanary()><summary>d</summary></details>",
        "<div style=\"background:url(javascript:__piaCanary())\">css-1</div>",
        "<div style=\"background-image:url('data:image/svg+xml,<svg onload=top.__piaCanary()>')\">css-2</div>",
        "<div style=\"width:expression(__piaCanary())\">css-3</div>",
        "<style>@import 'javascript:__piaCanary()';body{background:url(\"javascript:__piaCanary()\")}</style>",
        "<link rel=stylesheet href=\"javascript:__piaCanary()\">",
        "<base href=\"javascript:__piaCanary()//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__piaCanary()\">",
        "<noscript><p title=\"</noscript><img src=x onerror=__piaCanary()>\"></noscript>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9InRvcC5fX3BpYUNhbmFyeSgpIj48L3N2Zz4=\">",
        "<video><source onerror=__piaCanary()></video>",
        "<audio src=x onerror=__piaCanary()></audio>",
        "<template><script>__piaCanary()</script></template>",
        "<marquee onstart=__piaCanary()>defile</marquee>",
        "<x onclick=__piaCanary()>inconnu</x>",
        "<img src=x onerror=alert(1)><img src=x onerror=confirm(1)><img src=x onerror=prompt(1)>",
        "<!--<img src=\"--><img src=x onerror=__piaCanary()//\">",
        "<a href=\"#\" id=\"__piaCanary\">clobber</a><form name=\"getElementById\"></form>",
    ];

    /// <summary>Markdown and raw HTML in it, for statements.</summary>
    public static readonly IReadOnlyList<string> Markdown =
    [
        "<script>__piaCanary()</script>",
        "Texte <img src=x onerror=__piaCanary()> inline",
        "<svg onload=__piaCanary()>",
        "<iframe src=\"javascript:__piaCanary()\"></iframe>",
        "[md-1](javascript:__piaCanary())",
        "[md-2](JaVaScRiPt:__piaCanary())",
        "[md-3](javascript&colon;__piaCanary())",
        "[md-4](&#106;avascript:__piaCanary())",
        "[md-5](<java\tscript:__piaCanary()>)",
        "[md-6]( javascript:__piaCanary())",
        "[md-7](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19waWFDYW5hcnkoKTwvc2NyaXB0Pg==)",
        "[md-8](https://pauseia.fr \"\\\" onmouseover=\\\"__piaCanary()\")",
        "![md-9](javascript:__piaCanary())",
        "![md-10](https://pauseia.fr/x.png \"\\\" onerror=\\\"__piaCanary()\")",
        "<javascript:__piaCanary()>",
        "[md-11][r]\n\n[r]: javascript:__piaCanary()",
        "<a href=\"javascript:__piaCanary()\">md-12</a>",
        "<style>body{background:url(javascript:__piaCanary())}</style>",
        "<base href=\"javascript:__piaCanary()//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__piaCanary()\">",
        "<form action=\"javascript:__piaCanary()\"><button>md-13</button></form>",
        "| a |\n|---|\n| <img src=x onerror=__piaCanary()> |",
        "# Titre {onclick=__piaCanary()}",
        "```html\n<script>__piaCanary()</script>\n```",
    ];

    /// <summary>Subjects and display names that the console shows as text.</summary>
    public static readonly IReadOnlyList<string> Lines =
    [
        "<script>__piaCanary()</script>",
        "<img src=x onerror=__piaCanary()>",
        "\"><svg onload=__piaCanary()>",
        "'><iframe src=javascript:__piaCanary()>",
        "javascript:__piaCanary()",
        "{{constructor.constructor('__piaCanary()')()}}",
        "${__piaCanary()}",
    ];
}
