namespace PauseIA.Media.Tests.Markdown;

/// <summary>The check the hostile-Markdown tests rely on must itself catch what it looks for.</summary>
public sealed class HtmlSafetyTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p onclick=\"alert(1)\">x</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" JavaScript:alert(1)\">x</a>")]
    [InlineData("<a href=\"/relatif\">x</a>")]
    [InlineData("<img src=\"http://insecure.example/x.png\">")]
    [InlineData("<iframe src=\"https://pauseia.fr\"></iframe>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    public void UnsafeFragmentsAreReported(string html)
    {
        Assert.NotEmpty(HtmlSafety.ProblemsInFragment(html));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p onmouseover=\"alert(1)\">x</p>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    public void UnsafeEmailsAreReported(string html)
    {
        Assert.NotEmpty(HtmlSafety.ProblemsInEmail(html));
    }

    [Fact]
    public void WhatTheRendererWritesIsNotReported()
    {
        Assert.Empty(HtmlSafety.ProblemsInFragment(
            "<p><a href=\"https://pauseia.fr\" rel=\"noopener noreferrer\">x</a><img src=\"https://pauseia.fr/x.png\" alt=\"x\"><a href=\"#fn:1\" id=\"fnref:1\" class=\"footnote-ref\"><sup>1</sup></a></p>"));
    }
}
