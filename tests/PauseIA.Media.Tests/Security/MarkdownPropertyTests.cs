using CsCheck;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Markdown;
using PauseIA.Media.Statements.Rendering;
using PauseIA.Media.Tests.Markdown;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// Markdown assembled from XSS payloads and Markdown syntax: rendering never throws (beyond the
/// size limit, a 413), never emits an element, attribute or address that could run, gives the
/// same bytes twice, and the statement email built around it is as safe.
/// </summary>
public sealed class MarkdownPropertyTests(ITestOutputHelper output)
{
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf(
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
            "javascript:alert(1)", "JaVaScRiPt:", "java\tscript:", "java\nscript:", " javascript:", "&#106;avascript:", "&#x6A;", "&colon;", "&#0000106;",
            "data:text/html,<script>alert(1)</script>", "vbscript:", "<style>*{background:url(javascript:alert(1))}</style>", "<base href=//evil>",
            "<meta http-equiv=refresh content=0;url=javascript:alert(1)>", "<form action=javascript:alert(1)><button>x</button></form>",
            "<iframe srcdoc=\"<script>alert(1)</script>\">", "onerror=", " onmouseover=\"alert(1)\"", "\"", "'", "`", "<", ">", "<!--", "-->", "<![CDATA[",
            "[", "]", "(", ")", "![", "](", "[x](", "[x]: ", "\n[r]: javascript:alert(1)\n", "<https://pauseia.fr>", "<javascript:alert(1)>",
            "*", "**", "_", "`", "```", "```html\n", "~~~", "#", "# ", "> ", "- ", "1. ", "|", "| a |\n|---|\n", "[^1]", "\n[^1]: ", "{onclick=alert(1)}",
            "---\n", "\n", "\n\n", "    ", "\t", "\\", "&", "&amp;", "&lt;", "\0", "\u00A0", "\u202E", "\uD800", "https://pauseia.fr", "mailto:a@b.fr",
            "« ", " »", " :", " ?", "!", ";", "Pause IA", "title: <script>alert(1)</script>\n", "embargo: 2026-12-01T09:00:00+01:00\n"),
        Gen.String[0, 8]);

    private static readonly Gen<string> Markdown = Gen.Select(Piece.Array[0, 30], pieces => string.Concat(pieces));

    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void RenderedMarkdownNeverCarriesScriptAndIsStable() =>
        PropertyRun.Check(
            Gen.Select(Markdown, Gen.OneOf("fr", "en")),
            c =>
            {
                var (markdown, language) = c;
                var html = renderer.ToHtml(markdown, language);
                Assert.Empty(HtmlSafety.ProblemsInFragment(html));
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
                Assert.Equal(html, renderer.ToHtml(markdown, language));
                _ = renderer.ToPlainText(markdown, language);
            },
            2000,
            output);

    [Fact]
    public void AStatementEmailAroundAnyMarkdownCarriesNoScript()
    {
        var statements = new StatementRenderer(renderer, Options.Create(new MailOptions()));
        PropertyRun.Check(
            Gen.Select(Markdown, Gen.OneOf("", "---\ntitle: T\nlanguage: en\n---\n", "---\ntitle: \"<script>alert(1)</script>\"\n---\n", "---\n: :\n---\n")),
            c =>
            {
                var (markdown, frontMatter) = c;
                StatementDocument document;
                try
                {
                    document = StatementDocument.Parse(frontMatter + markdown);
                }
                catch (DomainException refused)
                {
                    Assert.Equal(DomainErrorKind.BadRequest, refused.Kind);
                    return;
                }

                var email = statements.Render(new RenderRequest(document, "-unsubscribeUrl-", ShowEmbargoLine: true));
                Assert.Empty(HtmlSafety.ProblemsInEmail(email.Html, "-unsubscribeUrl-", "https://pauseia.fr/confidentialite"));
                Assert.True(MailHeaderText.IsSafe(email.Subject), email.Subject);
            },
            500,
            output);
    }

    [Fact]
    public void MarkdownBeyondTheLimitIsRefusedAsTooLarge()
    {
        var refused = Assert.Throws<DomainException>(() => renderer.ToHtml(new string('a', MarkdownRenderer.MaxMarkdownLength + 1), "fr"));
        Assert.Equal(DomainErrorKind.PayloadTooLarge, refused.Kind);
    }
}
