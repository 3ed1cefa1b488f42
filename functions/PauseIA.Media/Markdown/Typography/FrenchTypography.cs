using Markdig.Syntax;

namespace PauseIA.Media.Markdown.Typography;

/// <summary>
/// French typography after the Imprimerie nationale's <i>Lexique des règles typographiques</i>:
/// a narrow no-break space (U+202F) before <c>; ! ?</c>, a no-break space (U+00A0) before <c>:</c>
/// and inside <c>« »</c>; straight double quotes become guillemets, <c>...</c> an ellipsis and an
/// apostrophe between letters the typographic one. Applied to prose only: never to code, URLs or
/// autolinks.
/// </summary>
/// <remarks>
/// Spaces are only ever replaced, never invented before <c>; : ! ?</c>: the author's ordinary space
/// becomes the no-break one, and text without a space (<c>10:30</c>, <c>C#!</c>, a bare address with
/// <c>?</c>) stays as written. Guillemets always get their inner spaces. An escaped quote (<c>\"</c>)
/// stays straight.
/// </remarks>
internal static class FrenchTypography
{
    public static bool AppliesTo(string language) =>
        language.Equals("fr", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("fr-", StringComparison.OrdinalIgnoreCase);

    public static void Apply(MarkdownDocument document)
    {
        using var run = new TypographyRun();
        Apply(document, run);
    }

    /// <summary>For plain strings such as a front-matter title or a subject line.</summary>
    public static string Apply(string text)
    {
        using var run = new TypographyRun();
        return run.Apply(text);
    }

    // By hand rather than with Markdig's Descendants(), whose nested iterators cost as much as the typography itself.
    private static void Apply(ContainerBlock container, TypographyRun run)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ContainerBlock inner:
                    Apply(inner, run);
                    break;

                // Code blocks and front matter are leaf blocks without inlines, so they are never touched.
                case LeafBlock { Inline: { } inline }:
                    run.Apply(inline);
                    break;
            }
        }
    }
}
