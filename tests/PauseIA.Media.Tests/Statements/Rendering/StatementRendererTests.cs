using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Markdown;
using PauseIA.Media.Statements.Rendering;
using PauseIA.Media.Tests.Markdown;

namespace PauseIA.Media.Tests.Statements.Rendering;

public sealed class StatementRendererTests
{
    private const string Unsubscribe = "-unsubscribeUrl-";

    private readonly StatementRenderer renderer = new(new MarkdownRenderer(), Options.Create(new MailOptions()));

    [Theory]
    [InlineData("statement-fr")]
    [InlineData("statement-en")]
    public void ARepresentativeStatementRendersExactlyAsExpected(string name)
    {
        var document = StatementDocument.Parse(ExpectedFiles.Read(name + ".md"));

        var rendered = renderer.Render(new RenderRequest(document, Unsubscribe, ShowEmbargoLine: true));

        ExpectedFiles.AssertMatches(name + ".subject.txt", rendered.Subject + "\n");
        ExpectedFiles.AssertMatches(name + ".html", rendered.Html);
        ExpectedFiles.AssertMatches(name + ".txt", rendered.Text);
    }

    [Fact]
    public void TheSameRequestGivesTheSameBytes()
    {
        var request = new RenderRequest(StatementDocument.Parse(ExpectedFiles.Read("statement-fr.md")), Unsubscribe, ShowEmbargoLine: true);

        Assert.Equal(renderer.Render(request), renderer.Render(request));
        Assert.Equal(renderer.Render(request), new StatementRenderer(new MarkdownRenderer(), Options.Create(new MailOptions())).Render(request));
    }

    [Fact]
    public void TheRepresentativeEmailsContainNoExecutableHtml()
    {
        foreach (var name in new[] { "statement-fr", "statement-en" })
        {
            var rendered = renderer.Render(new RenderRequest(StatementDocument.Parse(ExpectedFiles.Read(name + ".md")), Unsubscribe, true));

            Assert.Empty(HtmlSafety.ProblemsInEmail(rendered.Html, Unsubscribe));
        }
    }

    [Theory]
    [MemberData(nameof(HostileMarkdownTests.Hostile), MemberType = typeof(HostileMarkdownTests))]
    public void HostileMarkdownProducesNoExecutableHtmlInTheEmail(string markdown)
    {
        var rendered = renderer.Render(new RenderRequest(StatementDocument.Parse(markdown), Unsubscribe, ShowEmbargoLine: true));

        Assert.Empty(HtmlSafety.ProblemsInEmail(rendered.Html, Unsubscribe));
    }

    [Fact]
    public void HostileTitleBodyAndAudienceStayText()
    {
        var document = StatementDocument.Parse(
            "---\ntitle: \"<script>alert(1)</script> \\\" onmouseover=alert(1)\"\naudience: <img src=x onerror=alert(1)>\n---\n"
            + "<script>alert(2)</script>\n\n[x](javascript:alert(3)) ![y](data:image/png;base64,AAAA) <iframe src=javascript:alert(4)>");

        var rendered = renderer.Render(new RenderRequest(document, Unsubscribe, ShowEmbargoLine: false));

        Assert.Empty(HtmlSafety.ProblemsInEmail(rendered.Html, Unsubscribe));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert(3)", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSubjectIsTheTitleThenTheFirstHeadingThenADefault()
    {
        Assert.Equal("Titre", Subject("---\ntitle: Titre\n---\n# Autre"));
        Assert.Equal("Le titre du corps\u202F!", Subject("Intro.\n\n## Le titre du *corps* !\n\n# Suivant"));
        Assert.Equal("Communiqué de Pause IA France", Subject("Pas de titre."));
        Assert.Equal("Statement from Pause IA France", Subject("---\nlang: en\n---\nNo title."));
    }

    [Fact]
    public void TheSubjectIsOneLineEvenFromAHeadingWithABreak()
    {
        Assert.Equal("Ligne un ligne deux", Subject("Ligne un\\\nligne deux\n==="));
    }

    [Fact]
    public void TheSubjectAnnouncesTheEmbargoOnlyWhenTheLineIsShown()
    {
        const string markdown = "---\ntitle: Titre\nembargo: 2026-12-03 10:00\n---\nTexte.";

        Assert.Equal("EMBARGO – Titre", Subject(markdown, showEmbargo: true));
        Assert.Equal("Titre", Subject(markdown, showEmbargo: false));
        Assert.Equal("Titre", Subject("---\ntitle: Titre\n---\nTexte.", showEmbargo: true));
    }

    [Fact]
    public void TheEmbargoLineAppearsInBothPartsOnlyWhenAskedFor()
    {
        var document = StatementDocument.Parse("---\nembargo: 2026-12-03 10:00\n---\nTexte.");
        const string line = "EMBARGO\u00A0: ne pas publier avant le jeudi 3 décembre 2026 à 10\u00A0h\u00A000 (heure de Paris)";

        var shown = renderer.Render(new RenderRequest(document, Unsubscribe, ShowEmbargoLine: true));
        var hidden = renderer.Render(new RenderRequest(document, Unsubscribe, ShowEmbargoLine: false));

        Assert.Contains(line, shown.Text, StringComparison.Ordinal);
        Assert.Contains(line.Replace("\u00A0", "&nbsp;", StringComparison.Ordinal), shown.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("EMBARGO", hidden.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("EMBARGO", hidden.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "2026-12-01T10:00+01:00", "EMBARGO\u00A0: ne pas publier avant le mardi 1er décembre 2026 à 10\u00A0h\u00A000 (heure de Paris)")]
    [InlineData("fr", "2026-07-14T06:05:00Z", "EMBARGO\u00A0: ne pas publier avant le mardi 14 juillet 2026 à 8\u00A0h\u00A005 (heure de Paris)")]
    [InlineData("fr", "2026-12-31T23:00:00Z", "EMBARGO\u00A0: ne pas publier avant le vendredi 1er janvier 2027 à 0\u00A0h\u00A000 (heure de Paris)")]
    [InlineData("en", "2026-12-03T09:00:00Z", "EMBARGO: not for publication before Thursday 3 December 2026, 10:00 Paris time")]
    [InlineData("en", "2026-07-14T06:05:00Z", "EMBARGO: not for publication before Tuesday 14 July 2026, 08:05 Paris time")]
    public void TheEmbargoLineIsWrittenInParisTimeInTheStatementsLanguage(string language, string embargo, string expected)
    {
        var document = StatementDocument.Parse($"---\nlang: {language}\nembargo: {embargo}\n---\nTexte.");

        var rendered = renderer.Render(new RenderRequest(document, Unsubscribe, ShowEmbargoLine: true));

        Assert.Contains("\n\n" + expected + "\n\n", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheUnsubscribePlaceholderIsWrittenVerbatimInBothParts()
    {
        var rendered = renderer.Render(new RenderRequest(StatementDocument.Parse("Texte."), Unsubscribe, false));

        Assert.Contains("<a href=\"-unsubscribeUrl-\" style=\"color:#57606a;text-decoration:underline;\">Se désinscrire</a>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("\nSe désinscrire\u00A0: -unsubscribeUrl-\n", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsubscribeAddressIsAttributeEncodedInHtmlAndRawInText()
    {
        const string url = "https://media.pauseia.fr/api/unsubscribe?token=abc&lang=en";
        var rendered = renderer.Render(new RenderRequest(StatementDocument.Parse("---\nlang: en\n---\nText."), url, false));

        Assert.Contains("<a href=\"https://media.pauseia.fr/api/unsubscribe?token=abc&amp;lang=en\" style=\"color:#57606a;text-decoration:underline;\">Unsubscribe</a>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("\nUnsubscribe: " + url + "\n", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePrivacyNoticeComesFromTheRequestOrElseFromSettings()
    {
        var document = StatementDocument.Parse("Texte.");

        var fromSettings = renderer.Render(new RenderRequest(document, Unsubscribe, false));
        var fromRequest = renderer.Render(new RenderRequest(document, Unsubscribe, false, "https://pauseia.fr/vie-privee"));

        Assert.Contains("href=\"https://pauseia.fr/confidentialite\"", fromSettings.Html, StringComparison.Ordinal);
        Assert.Contains("Politique de confidentialité\u00A0: https://pauseia.fr/confidentialite", fromSettings.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://pauseia.fr/vie-privee\"", fromRequest.Html, StringComparison.Ordinal);
        Assert.Contains("Politique de confidentialité\u00A0: https://pauseia.fr/vie-privee", fromRequest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFooterGivesThePressContactFromSettings()
    {
        var custom = new StatementRenderer(new MarkdownRenderer(), Options.Create(new MailOptions { PressAddress = "press@pauseia.fr", PressName = "Pause IA Press" }));

        var rendered = custom.Render(new RenderRequest(StatementDocument.Parse("---\nlang: en\n---\nText."), Unsubscribe, false));

        Assert.Contains("Press contact: Pause IA Press, <a href=\"mailto:press@pauseia.fr\"", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("Press contact: Pause IA Press <press@pauseia.fr>", rendered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("-unsubscribe\" onclick=\"alert(1)-")]
    [InlineData("<%asm_group_unsubscribe_raw_url%>")]
    [InlineData("un lien")]
    public void AnUnsubscribeUrlThatIsNeitherAnAddressNorASafeTagIsABug(string url)
    {
        Assert.Throws<ArgumentException>(() => renderer.Render(new RenderRequest(StatementDocument.Parse("Texte."), url, false)));
    }

    [Fact]
    public void APrivacyNoticeThatIsNotAWebAddressIsABug()
    {
        Assert.Throws<ArgumentException>(() => renderer.Render(new RenderRequest(StatementDocument.Parse("Texte."), Unsubscribe, false, "javascript:alert(1)")));
    }

    [Fact]
    public void AddStatementRenderingRegistersTheRendererAndTheMarkdownPipeline()
    {
        var services = new ServiceCollection();
        services.AddOptions<MailOptions>();
        services.AddStatementRendering().AddMarkdown().AddStatementRendering();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.Same(provider.GetRequiredService<StatementRenderer>(), provider.GetRequiredService<StatementRenderer>());
        Assert.Single(services, d => d.ServiceType == typeof(StatementRenderer));
        Assert.Single(services, d => d.ServiceType == typeof(MarkdownRenderer));
    }

    private string Subject(string markdown, bool showEmbargo = false) =>
        renderer.Render(new RenderRequest(StatementDocument.Parse(markdown), Unsubscribe, showEmbargo)).Subject;
}
