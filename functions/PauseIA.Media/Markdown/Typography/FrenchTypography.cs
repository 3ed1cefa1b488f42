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
        // Code blocks and front matter are leaf blocks without inlines, so they are never touched.
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is not null)
            {
                TypographyRun.Apply(block.Inline);
            }
        }
    }

    /// <summary>For plain strings such as a front-matter title or a subject line.</summary>
    public static string Apply(string text) => TypographyRun.Apply(text);
}
