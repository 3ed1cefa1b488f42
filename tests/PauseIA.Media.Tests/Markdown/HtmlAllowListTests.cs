using PauseIA.Media.Markdown;

namespace PauseIA.Media.Tests.Markdown;

/// <summary>The second belt on its own: were the tree filter bypassed, this alone keeps script out.</summary>
public sealed class HtmlAllowListTests
{
    private readonly HtmlAllowList allowList = new();

    [Theory]
    [InlineData("<p>a<script>alert(1)</script>b</p>", "<p>aalert(1)b</p>")]
    [InlineData("<p onclick=\"alert(1)\">x</p>", "<p>x</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"/relatif\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"//evil.example\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"#ancre\">x</a>", "<a>x</a>")]
    [InlineData("<img src=\"http://insecure.example/x.png\" alt=\"x\">", "<img alt=\"x\">")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\" alt=\"x\">", "<img alt=\"x\">")]
    [InlineData("<iframe src=\"https://pauseia.fr\"></iframe>", "")]
    [InlineData("<p style=\"color:red;text-align:center\">x</p>", "<p style=\"text-align: center\">x</p>")]
    [InlineData("<svg><g onload=\"alert(1)\"></g></svg>", "")]
    public void WhatMarkdigNeverWritesIsRemoved(string html, string expected)
    {
        Assert.Equal(expected, allowList.Clean(html));
    }

    [Theory]
    [InlineData("<a href=\"https://pauseia.fr\" rel=\"noopener noreferrer\" title=\"t\">x</a>")]
    [InlineData("<a href=\"mailto:presse@pauseia.fr\">x</a>")]
    [InlineData("<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>")]
    [InlineData("<img src=\"https://pauseia.fr/x.png\" alt=\"x\">")]
    [InlineData("<ol start=\"3\"><li><del>a</del> <strong>b</strong> <em>c</em> <code>d</code></li></ol>")]
    public void WhatMarkdigWritesIsKept(string html)
    {
        Assert.Equal(html, allowList.Clean(html));
    }
}
